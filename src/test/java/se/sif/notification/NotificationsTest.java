package se.sif.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.sif.Api;
import se.sif.Scenario;
import se.sif.SifIntegrationTest;
import se.sif.TestClock;

/**
 * Outgoing e-mail against a real SMTP server (GreenMail on a free port), not a mock: a
 * queued message arrives with its subject and body in Swedish or English; with the server
 * down it stays queued with the error and goes out on a later attempt; two dispatchers
 * never send a message twice; a rolled-back transaction queues nothing; a submitted
 * application's receipt reaches the applicant. The shared test context has no mail server
 * ({@code sif.notification.dispatcher-enabled=false}), so the tests hand the dispatcher a
 * sender for GreenMail (or for a port where nothing listens) and a clock.
 */
@SifIntegrationTest
class NotificationsTest {

    static GreenMail smtp;

    @Autowired
    Notifications notifications;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scenario scenario;

    @Autowired
    Api api;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void startTheMailServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stopTheMailServer() {
        smtp.stop();
    }

    /**
     * Other tests of the shared context queue receipts too: they are sent first, so each
     * test here sees only its own messages arrive.
     */
    @BeforeEach
    void emptyTheOutboxAndTheMailServer() throws Exception {
        Clock later = Clock.offset(TestClock.CLOCK, Duration.ofDays(365));
        for (int round = 0; round < 100; round++) {
            MailDispatcher.Round done = dispatcher.dispatch(greenMail(), later);
            if (done.sent() + done.failed() == 0) {
                break;
            }
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aQueuedMessageArrivesInTheRecipientsLanguage() throws Exception {
        Object[] receipt = { "RUN 612-0042-26", "Tidiga insatser 2026", TestClock.TODAY, "Sara Holm", "Familjeträffar",
                TestClock.TODAY, "http://localhost:8080/applications/42/receipt" };
        long swedish = queued(Recipient.swedish("sara.svensk@example.se", "Sara Holm"), receipt);
        long english = queued(new Recipient("sam.english@example.org", "Sam Smith", Locale.UK), "RUN 612-0042-26",
                "Tidiga insatser 2026", TestClock.TODAY, "Sam Smith", "Family meetings", TestClock.TODAY,
                "http://localhost:8080/applications/42/receipt");

        assertThat(dispatcher.dispatch(greenMail(), TestClock.CLOCK)).isEqualTo(new MailDispatcher.Round(2, 0));

        MimeMessage sv = only("sara.svensk@example.se");
        assertThat(sv.getSubject()).isEqualTo("Er ansökan har kommit in – RUN 612-0042-26");
        assertThat(sv.getFrom()).extracting(Address::toString).containsExactly("SIF <no-reply@localhost>");
        assertThat(((InternetAddress) sv.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
            .isEqualTo("Sara Holm");
        assertThat(sv.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(sv.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        String svDate = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv")).format(TestClock.TODAY);
        assertThat(body(sv)).startsWith("Hej Sara Holm!")
            .contains("Diarienummer: RUN 612-0042-26", "Utlysning: Tidiga insatser 2026", "Ansökan: Familjeträffar",
                    "Inskickad: " + svDate);

        MimeMessage en = only("sam.english@example.org");
        assertThat(en.getSubject()).isEqualTo("Your application has been received – RUN 612-0042-26");
        assertThat(body(en)).startsWith("Hello Sam Smith,")
            .contains("Registration number: RUN 612-0042-26", "Call: Tidiga insatser 2026",
                    "Submitted: " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(TestClock.TODAY));

        assertThat(outbox.find(swedish)).get().satisfies(message -> {
            assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.locale()).isEqualTo("sv");
            assertThat(message.queuedAt()).isEqualTo(TestClock.NOW);
            assertThat(message.sentAt()).isEqualTo(TestClock.NOW);
            assertThat(message.lastError()).isNull();
        });
        assertThat(outbox.find(english)).get().extracting(OutboxMessage::locale).isEqualTo("en");
        // sent is sent: the next round has nothing to do
        assertThat(dispatcher.dispatch(greenMail(), TestClock.CLOCK)).isEqualTo(new MailDispatcher.Round(0, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void withTheServerDownAMessageStaysQueuedWithTheErrorAndGoesOutOnALaterAttempt() throws Exception {
        long id = queued(Recipient.swedish("nere@example.se", null), "RUN 1", "Utlysning", TestClock.TODAY, "Nils",
                "Ansökan");

        assertThat(dispatcher.dispatch(nobodyListening(), TestClock.CLOCK)).isEqualTo(new MailDispatcher.Round(0, 1));
        OutboxMessage waiting = outbox.find(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastAttemptAt()).isEqualTo(TestClock.NOW);
        assertThat(waiting.lastError()).contains("MailSendException").containsIgnoringCase("connect");
        // the first wait is sif.notification.retry-after (a minute)
        assertThat(waiting.nextAttemptAt()).isEqualTo(TestClock.NOW.plus(Duration.ofMinutes(1)));

        // not due yet: the server is back, but the message waits for its next attempt
        assertThat(dispatcher.dispatch(greenMail(), TestClock.CLOCK)).isEqualTo(new MailDispatcher.Round(0, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();

        Clock twoMinutesLater = Clock.offset(TestClock.CLOCK, Duration.ofMinutes(2));
        assertThat(dispatcher.dispatch(greenMail(), twoMinutesLater)).isEqualTo(new MailDispatcher.Round(1, 0));
        assertThat(only("nere@example.se").getSubject()).isEqualTo("Er ansökan har kommit in – RUN 1");
        OutboxMessage sent = outbox.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isEqualTo(TestClock.NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void theWaitDoublesAndAMessageIsGivenUpAfterTheLastAttempt() {
        long id = queued(Recipient.swedish("aldrig@example.se", null), "RUN 2", "Utlysning", TestClock.TODAY, "Nils",
                "Ansökan");
        Clock clock = TestClock.CLOCK;
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(dispatcher.dispatch(nobodyListening(), clock)).isEqualTo(new MailDispatcher.Round(0, 1));
            OutboxMessage message = outbox.find(id).orElseThrow();
            assertThat(message.attempts()).isEqualTo(attempt);
            if (message.status() == OutboxStatus.QUEUED) {
                waits.add(Duration.between(clock.instant(), message.nextAttemptAt()));
                clock = Clock.fixed(message.nextAttemptAt(), TestClock.CLOCK.getZone());
            }
        }
        // sif.notification.retry-after doubled each time up to max-retry-after, then
        // max-attempts
        assertThat(waits).startsWith(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4))
            .contains(Duration.ofMinutes(256))
            .hasSize(11)
            .endsWith(Duration.ofHours(6), Duration.ofHours(6));
        OutboxMessage givenUp = outbox.find(id).orElseThrow();
        assertThat(givenUp.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(givenUp.lastError()).isNotBlank();
        assertThat(dispatcher.dispatch(greenMail(), Clock.offset(clock, Duration.ofDays(30))))
            .isEqualTo(new MailDispatcher.Round(0, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRowAnotherDispatcherHoldsIsSkippedNotWaitedForAndNotSentTwice() throws Exception {
        long held = queued(Recipient.swedish("hallen@example.se", null), "RUN 3", "U", TestClock.TODAY, "N", "A");
        long free = queued(Recipient.swedish("fri@example.se", null), "RUN 4", "U", TestClock.TODAY, "N", "A");
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            // another node has claimed the oldest message and is talking to its server
            Future<Long> other = otherNode.submit(() -> transaction.execute(status -> {
                long id = outbox.claimDue(TestClock.NOW).orElseThrow().id();
                claimed.countDown();
                await(release);
                return id;
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

            MailDispatcher.Round round = dispatcher.dispatch(greenMail(), TestClock.CLOCK);
            assertThat(round).isEqualTo(new MailDispatcher.Round(1, 0));
            assertThat(only("fri@example.se")).isNotNull();
            assertThat(smtp.getReceivedMessages()).hasSize(1);

            release.countDown();
            assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(held);
        }
        finally {
            release.countDown();
            otherNode.shutdownNow();
        }
        // the other node let go without sending: the message is still due, and goes out
        // once
        assertThat(dispatcher.dispatch(greenMail(), TestClock.CLOCK)).isEqualTo(new MailDispatcher.Round(1, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(outbox.find(free).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(outbox.find(held).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void twoDispatchersAtOnceSendEveryMessageExactlyOnce() throws Exception {
        int count = 30;
        List<String> addresses = IntStream.range(0, count).mapToObj(i -> "samtidig" + i + "@example.se").toList();
        addresses.forEach(address -> queued(Recipient.swedish(address, null), "RUN 5", "U", TestClock.TODAY, "N", "A"));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                // each node its own connection to the server, a little slow, so the two
                // overlap
                JavaMailSenderImpl sender = slow(greenMail());
                sent.add(nodes.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    int total = 0;
                    MailDispatcher.Round round;
                    do {
                        round = dispatcher.dispatch(sender, TestClock.CLOCK);
                        total += round.sent();
                    }
                    while (round.sent() + round.failed() > 0);
                    return total;
                }));
            }
            int first = sent.get(0).get(60, TimeUnit.SECONDS);
            int second = sent.get(1).get(60, TimeUnit.SECONDS);
            assertThat(first + second).isEqualTo(count);
        }
        finally {
            nodes.shutdownNow();
        }
        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
            .map(NotificationsTest::to)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).containsOnlyKeys(addresses).allSatisfy((address, times) -> assertThat(times).isOne());
    }

    @Test
    void aRolledBackTransactionQueuesNothing() {
        transaction.executeWithoutResult(status -> {
            queued(Recipient.swedish("aterrullad@example.se", null), "RUN 6", "U", TestClock.TODAY, "N", "A");
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            queued(Recipient.swedish("aterrullad@example.se", null), "RUN 7", "U", TestClock.TODAY, "N", "A");
            throw new IllegalStateException("the caller's change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rowsFor("aterrullad@example.se")).isZero();

        transaction.executeWithoutResult(status -> queued(Recipient.swedish("aterrullad@example.se", null), "RUN 8",
                "U", TestClock.TODAY, "N", "A"));
        assertThat(rowsFor("aterrullad@example.se")).isOne();
    }

    @Test
    void userTextCannotAddHeadersAndABadAddressIsGivenUpAtOnce() throws Exception {
        long bad = queued(Recipient.swedish("a@example.se\r\nBcc: spion@example.org", null), "RUN 9", "U",
                TestClock.TODAY, "N", "A");
        long injected = queued(new Recipient("mottagare@example.se", "Eva\r\nBcc: spion@example.org", Locale.ENGLISH),
                "X\r\nBcc: spion@example.org\nX-Extra: 1", "U", TestClock.TODAY, "N", "A");
        assertThat(outbox.find(injected).orElseThrow().subject()).doesNotContain("\r", "\n");

        // the refused address (the oldest) does not end the round: the next message goes
        // out
        assertThat(dispatcher.dispatch(greenMail(), TestClock.CLOCK)).isEqualTo(new MailDispatcher.Round(1, 1));

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage message = only("mottagare@example.se");
        assertThat(message.getAllRecipients()).hasSize(1);
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getHeader("X-Extra")).isNull();
        assertThat(message.getSubject())
            .isEqualTo("Your application has been received – X Bcc: spion@example.org X-Extra: 1");
        assertThat(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
            .isEqualTo("Eva Bcc: spion@example.org");
        OutboxMessage refused = outbox.find(bad).orElseThrow();
        assertThat(refused.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(refused.attempts()).isOne();
        assertThat(refused.lastError()).startsWith("invalid recipient address");
    }

    @Test
    void aSubmittedApplicationsReceiptReachesTheApplicantInTheirLanguage() throws Exception {
        long call = scenario.openCall("Kvitto på e-post");
        long swedish = scenario.draft(call);
        scenario.fill(swedish, 1_000_000_00L);
        Api.Response submitted = scenario.submit(swedish);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        String number = submitted.json("$.registrationNumber");

        long english = scenario.draft(call);
        scenario.fill(english, 1_000_000_00L);
        long version = ((Number) api.get("applicant", "/api/v1/applications/" + english).json("$.version")).longValue();
        Api.Response inEnglish = api.post("applicant", "/api/v1/applications/" + english + "/submit",
                "{\"version\": %d}".formatted(version), "Accept-Language", "en");
        assertThat(inEnglish.status()).as(inEnglish.body()).isEqualTo(200);
        String englishNumber = inEnglish.json("$.registrationNumber");

        assertThat(dispatcher.dispatch(greenMail(), TestClock.CLOCK)).isEqualTo(new MailDispatcher.Round(2, 0));
        List<MimeMessage> received = List.of(smtp.getReceivedMessages());
        assertThat(received).extracting(NotificationsTest::to).containsOnly("sara.holm@example.se");
        MimeMessage sv = received.stream().filter(m -> subject(m).endsWith(number)).findFirst().orElseThrow();
        assertThat(sv.getSubject()).isEqualTo("Er ansökan har kommit in – " + number);
        assertThat(body(sv)).startsWith("Hej Sara Holm!")
            .contains("Diarienummer: " + number, "Utlysning: Kvitto på e-post", "Ansökan: Tidiga familjeträffar",
                    "Inskickad: " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"))
                        .format(TestClock.TODAY),
                    "besked senast " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"))
                        .format(TestClock.TODAY.plusDays(Scenario.HANDLING_DAYS)),
                    "/applications/" + swedish + "/receipt");
        MimeMessage en = received.stream().filter(m -> subject(m).endsWith(englishNumber)).findFirst().orElseThrow();
        assertThat(en.getSubject()).isEqualTo("Your application has been received – " + englishNumber);
        assertThat(body(en)).contains("Registration number: " + englishNumber, "Call: Kvitto på e-post");
    }

    @Test
    void aUserWithoutAnAddressGetsNoReceiptAndTheSubmissionStillSucceeds() {
        long application = scenario.draft(scenario.openCall("Kvitto utan adress"));
        scenario.fill(application, 1_000_000_00L);
        long before = jdbc.sql("select count(*) from notification_outbox").query(Long.class).single();
        jdbc.sql("update user_account set email = null where username = 'applicant'").update();
        try {
            Api.Response submitted = scenario.submit(application);
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        }
        finally {
            jdbc.sql("update user_account set email = 'sara.holm@example.se' where username = 'applicant'").update();
        }
        assertThat(jdbc.sql("select count(*) from notification_outbox").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theAdministratorReadsTheOutboxThroughTheApi() {
        long id = queued(Recipient.swedish("api-lasare@example.se", "Ada"), "RUN 10", "U", TestClock.TODAY, "Ada", "A");
        Api.Response list = api.get("admin", "/api/v1/outbox?status=QUEUED&text=api-lasare&size=10");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(((Number) list.json("$.totalItems")).longValue()).isOne();
        assertThat(((Number) list.json("$.items[0].id")).longValue()).isEqualTo(id);
        assertThat((String) list.json("$.items[0].subject")).isEqualTo("Er ansökan har kommit in – RUN 10");

        Api.Response one = api.get("admin", "/api/v1/outbox/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat((String) one.json("$.body")).startsWith("Hej Ada!");
        assertThat(api.get("admin", "/api/v1/outbox/999999999").status()).isEqualTo(404);
        assertThat(api.get("admin", "/api/v1/outbox?size=0").status()).isEqualTo(422);
        assertThat(api.get("officer", "/api/v1/outbox").status()).isEqualTo(403);
        assertThat(api.get("applicant", "/api/v1/outbox/" + id).status()).isEqualTo(403);
    }

    @Test
    void theOutboxPagesShowTheMessageAndEscapeWhatUsersWrote() throws Exception {
        long id = queued(Recipient.swedish("sidan@example.se", "Sid"), "RUN 11", "<script>alert(1)</script>",
                TestClock.TODAY, "Sid", "A");
        String list = page("/admin/outbox?text=sidan");
        assertThat(list).contains("sidan@example.se", "Er ansökan har kommit in – RUN 11", "Väntar")
            .contains("Ingen e-postserver är inställd");
        String message = page("/admin/outbox/" + id);
        assertThat(message).contains("Utlysning: &lt;script&gt;alert(1)&lt;/script&gt;")
            .doesNotContain("<script>alert(1)");
        assertThat(mvc
            .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/outbox/" + id)
                .with(SecurityMockMvcRequestPostProcessors.user("officer").roles("OFFICER")))
            .andReturn()
            .getResponse()
            .getStatus()).isEqualTo(403);
    }

    @Test
    void theScheduledDispatcherSendsOnlyWhenAMailServerIsConfigured() throws Exception {
        NotificationProperties on = new NotificationProperties("Fonden <fonden@example.se>", true,
                Duration.ofSeconds(10), 50, 12, Duration.ofMinutes(1), Duration.ofHours(6));
        MailDispatcher withoutServer = new MailDispatcher(outbox,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), transaction, TestClock.CLOCK,
                on);
        long id = queued(Recipient.swedish("schemalagd@example.se", null), "RUN 12", "U", TestClock.TODAY, "N", "A");
        assertThat(withoutServer.delivering()).isFalse();
        assertThat(dispatcher.delivering()).as("the shared test context has no spring.mail.host").isFalse();
        withoutServer.poll();
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.QUEUED);

        MailDispatcher withServer = new MailDispatcher(outbox,
                new StaticListableBeanFactory(Map.of("mailSender", greenMail())).getBeanProvider(JavaMailSender.class),
                transaction, TestClock.CLOCK, on);
        assertThat(withServer.delivering()).isTrue();
        assertThat(withServer.server()).isEqualTo("127.0.0.1:" + smtp.getSmtp().getPort());
        withServer.poll();
        assertThat(only("schemalagd@example.se").getFrom()).extracting(Address::toString)
            .containsExactly("Fonden <fonden@example.se>");
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    // --- helpers

    private String page(String path) throws Exception {
        var response = mvc
            .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
            .andReturn()
            .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long queued(Recipient to, Object... receiptArguments) {
        return notifications.queue(to, "notification.receipt", receiptArguments);
    }

    private long rowsFor(String address) {
        return jdbc.sql("select count(*) from notification_outbox where recipient_address = :a")
            .param("a", address)
            .query(Long.class)
            .single();
    }

    private static JavaMailSenderImpl greenMail() {
        return sender(smtp.getSmtp().getPort());
    }

    /** A mail server that is down: a free port where nothing listens. */
    private static JavaMailSenderImpl nobodyListening() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return sender(socket.getLocalPort());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static JavaMailSenderImpl slow(JavaMailSenderImpl sender) {
        JavaMailSenderImpl slow = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
                try {
                    Thread.sleep(20);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.doSend(mimeMessages, originalMessages);
            }
        };
        slow.setHost(sender.getHost());
        slow.setPort(sender.getPort());
        slow.setJavaMailProperties(sender.getJavaMailProperties());
        return slow;
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> messages = Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> address.equals(to(m)))
            .toList();
        assertThat(messages).as("messages to " + address).hasSize(1);
        return messages.get(0);
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
