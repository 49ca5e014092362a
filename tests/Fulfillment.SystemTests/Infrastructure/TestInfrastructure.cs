namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// The PostgreSQL server and RabbitMQ broker the tests run against, as <c>deploy/local/fulfillment test</c>
/// provides them. Without them the tests fail with a message that says how to run them.
/// </summary>
public static class TestInfrastructure
{
    public static string PostgresServer => Required("FULFILLMENT_TEST_POSTGRES");
    public static string RabbitMqHost => Required("FULFILLMENT_TEST_RABBITMQ_HOST");
    public static ushort RabbitMqPort => ushort.Parse(Required("FULFILLMENT_TEST_RABBITMQ_PORT"));
    public static ushort RabbitMqManagementPort => ushort.Parse(Required("FULFILLMENT_TEST_RABBITMQ_MANAGEMENT_PORT"));
    public static string RabbitMqUsername => Required("FULFILLMENT_TEST_RABBITMQ_USERNAME");
    public static string RabbitMqPassword => Required("FULFILLMENT_TEST_RABBITMQ_PASSWORD");

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set. Run the tests with 'deploy/local/fulfillment test', which starts " +
                "PostgreSQL and RabbitMQ for them and sets these variables.");
}
