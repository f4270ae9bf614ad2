package org.officeapi.emulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar target/embedded-aws.jar --port 4566}: serves the embedded AWS in the foreground
 * until interrupted, for the AWS CLI, the JavaScript SDKs or any other AWS client.
 */
public final class EmbeddedAwsMain {

    private static final String USAGE = """
            Usage: java -jar embedded-aws.jar [options]

            Serves Cognito user pools and identity pools, IAM, STS, Lambda and API Gateway (with its
            execute-api data plane) on one local endpoint, until interrupted.

            Options:
              --host HOST                    address to bind (default 127.0.0.1; 0.0.0.0 exposes it to the network)
              --port PORT                    port to listen on (default 4566; 0 picks a free one)
              --region REGION                the region this AWS is (default us-east-1)
              --account ID                   the 12-digit account id (default 000000000000)
              --access-key KEY               root access key id (default test)
              --secret-key SECRET            root secret access key (default test)
              --enable-clock-control         serve /_emulator/clock, through which any client may move time
              --iam-propagation-delay DELAY  how long new roles and policies take to take effect, e.g. 10s or PT10S
                                             (default 0: immediately, unlike AWS)
              --help                         print this and exit

            Clients: any AWS SDK or the AWS CLI with --endpoint-url http://HOST:PORT and the credentials above.
            """;

    private EmbeddedAwsMain() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedAws.Builder builder = EmbeddedAws.builder().port(4566);
        try {
            if (!parse(args, builder, System.out)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            System.err.println("embedded-aws: " + e.getMessage());
            System.err.println("Try --help.");
            System.exit(2);
            return;
        }
        System.setProperty("org.jboss.logging.provider", "slf4j");
        EmbeddedAws aws;
        try {
            aws = builder.start();
        } catch (RuntimeException e) {
            System.err.println("embedded-aws: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            aws.close();
            stopped.countDown();
        }, "embedded-aws-shutdown"));
        EmulatorConfig config = builder.config();
        System.out.println("Embedded AWS listening on " + aws.endpoint() + " (region " + aws.region() + ", account "
                + aws.accountId() + ", access key " + aws.accessKey() + (config.clockControl() ? ", clock control on" : "")
                + (config.iamPropagationDelay().isZero() ? "" : ", IAM propagation delay " + config.iamPropagationDelay()) + ")");
        System.out.flush();
        stopped.await();
    }

    /** Applies the flags; false when the process should exit at once (after --help). */
    static boolean parse(String[] args, EmbeddedAws.Builder builder, PrintStream out) {
        String accessKey = null;
        String secretKey = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return false;
                }
                case "--enable-clock-control" -> builder.clockControl(true);
                case "--host" -> builder.host(value(args, ++i, flag));
                case "--port" -> builder.port(number(value(args, ++i, flag), flag));
                case "--region" -> builder.region(value(args, ++i, flag));
                case "--account" -> builder.accountId(value(args, ++i, flag));
                case "--access-key" -> accessKey = value(args, ++i, flag);
                case "--secret-key" -> secretKey = value(args, ++i, flag);
                case "--iam-propagation-delay" -> builder.iamPropagationDelay(duration(value(args, ++i, flag)));
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        EmulatorConfig defaults = builder.config();
        builder.credentials(accessKey == null ? defaults.accessKey() : accessKey, secretKey == null ? defaults.secretKey() : secretKey);
        builder.config(); // validates the combination now rather than at start
        return true;
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }

    private static int number(String value, String flag) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " takes a number, not '" + value + "'");
        }
    }

    static Duration duration(String value) {
        try {
            if (value.matches("\\d+(\\.\\d+)?s")) {
                return Duration.ofMillis((long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
            }
            if (value.matches("\\d+ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--iam-propagation-delay takes a duration such as 10s, 500ms or PT10S, not '" + value + "'");
        }
    }
}
