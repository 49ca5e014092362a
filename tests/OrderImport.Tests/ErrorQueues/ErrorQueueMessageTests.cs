using System.Text;
using Fulfillment.ServiceDefaults.Errors;
using RabbitMQ.Client;

namespace Fulfillment.OrderImport.Tests.ErrorQueues;

/// <summary>
/// How a message in OrderImport's error queues is read and re-sent (the code is the service defaults', shared by
/// every service; it is tested here, beside OrderImport's own consumers, for want of a test project of its own).
/// The headers are those MassTransit 8.5 put on a real fault.
/// </summary>
public sealed class ErrorQueueMessageTests
{
    private const string ErrorQueue = "order-import-commerce-order-placed_error";

    private static BasicGetResult Faulted(string body = """{"messageId":"m-1","messageType":["urn:message:Fulfillment.Contracts.CommerceOrders:CommerceOrderPlaced"],"message":{"amazonOrderId":"113-1234567-1234567","commerceOrderNumber":"000000001"}}""") =>
        new(7, false, "", ErrorQueue, 0, new BasicProperties
        {
            MessageId = "m-1",
            ContentType = "application/vnd.masstransit+json",
            Headers = new Dictionary<string, object?>
            {
                ["MT-Reason"] = Bytes("fault"),
                ["MT-Fault-ExceptionType"] = Bytes("FluentValidation.ValidationException"),
                ["MT-Fault-Message"] = Bytes("CommerceOrderPlaced names Amazon order '113-1234567-1234567', which OrderImport never imported."),
                ["MT-Fault-Timestamp"] = Bytes("2026-11-26T12:16:16.6297933Z"),
                ["MT-Fault-InputAddress"] = Bytes("rabbitmq://127.0.0.1:5672/vhost/order-import-commerce-order-placed"),
                ["MT-Fault-StackTrace"] = Bytes("   at ..."),
                ["MT-Host-MachineName"] = Bytes("vm"),
                ["MT-Activity-Id"] = Bytes("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
            },
        }, Encoding.UTF8.GetBytes(body));

    [Test]
    public void Given_a_faulted_message_When_described_Then_it_names_the_queue_type_order_reason_and_time()
    {
        var described = ErrorQueueMessage.Describe(ErrorQueue, Faulted());

        Assert.Multiple(() =>
        {
            Assert.That(described.InputQueue, Is.EqualTo("order-import-commerce-order-placed"));
            Assert.That(described.MessageId, Is.EqualTo("m-1"));
            Assert.That(described.MessageType, Is.EqualTo("urn:message:Fulfillment.Contracts.CommerceOrders:CommerceOrderPlaced"));
            Assert.That(described.AmazonOrderId, Is.EqualTo("113-1234567-1234567"));
            Assert.That(described.Reason, Does.Contain("never imported"));
            Assert.That(described.ExceptionType, Is.EqualTo("FluentValidation.ValidationException"));
            Assert.That(described.FailedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 12, 16, 16, TimeSpan.Zero)).Within(TimeSpan.FromSeconds(1)));
            Assert.That(described.Body?["message"]?["commerceOrderNumber"]?.GetValue<string>(), Is.EqualTo("000000001"));
        });
    }

    [Test]
    public void Given_a_body_that_is_not_JSON_When_described_Then_its_text_is_kept_and_nothing_is_guessed()
    {
        var described = ErrorQueueMessage.Describe(ErrorQueue, Faulted("not json"));

        Assert.Multiple(() =>
        {
            Assert.That(described.Body?.GetValue<string>(), Is.EqualTo("not json"));
            Assert.That(described.MessageId, Is.EqualTo("m-1"), "from the AMQP properties");
            Assert.That(described.AmazonOrderId, Is.Null);
        });
    }

    [Test]
    public void Given_a_faulted_message_When_prepared_for_redrive_Then_only_the_fault_and_faulting_host_headers_are_gone()
    {
        var redriven = ErrorQueueMessage.WithoutFaultHeaders(Faulted().BasicProperties);

        Assert.Multiple(() =>
        {
            Assert.That(redriven.MessageId, Is.EqualTo("m-1"));
            Assert.That(redriven.ContentType, Is.EqualTo("application/vnd.masstransit+json"));
            Assert.That(redriven.Headers!.Keys, Is.EquivalentTo(new[] { "MT-Activity-Id" }));
        });
    }

    [Test]
    public void Given_no_input_address_header_When_asked_for_the_input_queue_Then_it_is_the_error_queue_without_its_suffix()
    {
        Assert.That(
            ErrorQueueMessage.InputQueueOf(ErrorQueue, new Dictionary<string, object?>()),
            Is.EqualTo("order-import-commerce-order-placed"));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
