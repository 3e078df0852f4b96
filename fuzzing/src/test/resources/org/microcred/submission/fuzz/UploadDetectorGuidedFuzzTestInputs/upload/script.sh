script.sh
#!/bin/sh
echo hello
