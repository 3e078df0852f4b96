package org.microcred.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A message as exim4 delivers what enrolment-service sends (Vert.x mail: multipart/alternative, quoted-printable). */
class MailParserTest {

    private static final String RAW = String.join("\r\n",
            "Received: from [127.0.0.1] (helo=localhost)",
            "\tby microcred.localhost with esmtp (Exim 4.96)",
            "Received: from somewhere else",
            "Subject: =?utf-8?Q?Awarded:_Zo=C3=AB's?= =?utf-8?B?IGNyZWRlbnRpYWw=?=",
            "To: \"Zoe Earner\" <Sp-Earner@southport.example>",
            "Content-Type: multipart/alternative; boundary=\"=--vertxmail_1_2_0\"",
            "List-Unsubscribe: <http://localhost:28081/api/v1/notifications/unsubscribe?token=v1.a",
            " b.c>",
            "Message-ID: <eec71e9e@notification.microcred>",
            "X-Microcred-Notification: awarded",
            "",
            "--=--vertxmail_1_2_0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Hello Zo=C3=AB,",
            "--",
            "a long line that was brok=",
            "en",
            "--=--vertxmail_1_2_0",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            "PHA+SGk8L3A+",
            "--=--vertxmail_1_2_0--",
            "");

    private final Mail mail = MailParser.parse(Path.of("m"), RAW);

    @Test
    void headersAreUnfoldedDecodedAndTheFirstOfARepeatedOneKept() {
        assertEquals("Awarded: Zoë's credential", mail.subject());
        assertEquals("sp-earner@southport.example", mail.recipient());
        assertEquals("<eec71e9e@notification.microcred>", mail.messageId());
        assertEquals("awarded", mail.kind());
        assertEquals("http://localhost:28081/api/v1/notifications/unsubscribe?token=v1.a b.c", mail.unsubscribeUrl());
        assertEquals("from [127.0.0.1] (helo=localhost) by microcred.localhost with esmtp (Exim 4.96)",
                mail.header("Received"));
    }

    @Test
    void eachPartIsDecodedInItsEncodingAndCharset() {
        assertEquals(List.of("text/plain", "text/html"), mail.parts().stream().map(Mail.Part::mediaType).toList());
        assertEquals("Hello Zoë,\n--\na long line that was broken", mail.text("text/plain"));
        assertEquals("<p>Hi</p>", mail.text("text/html"));
    }
}
