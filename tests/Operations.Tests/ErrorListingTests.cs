using System.Text.Json;
using Fulfillment.Operator;

namespace Fulfillment.Operations.Tests;

/// <summary>How the CLI prints failed messages and Amazon errors, and finds the error queue of a message id.</summary>
public sealed class ErrorListingTests
{
    [Test]
    public void Given_a_failed_message_When_printed_Then_one_line_with_time_service_queue_id_type_order_and_reason_without_the_body()
    {
        var line = ErrorListing.FailedMessageLine("order-import", Message(
            "order-import-commerce-order-placed_error", "msg-1", "2026-11-20T10:00:02+01:00",
            reason: "Order 111-0000000-0000001 was never imported\nsee the store", amazonOrderId: "111-0000000-0000001"));

        Assert.That(line, Is.EqualTo(
            "2026-11-20 09:00:02Z  order-import          order-import-commerce-order-placed_error  msg-1  CommerceOrderPlaced" +
            "  order 111-0000000-0000001  Order 111-0000000-0000001 was never imported see the store"));
    }

    [Test]
    public void Given_a_failed_message_without_time_order_or_reason_When_printed_Then_the_line_says_what_is_missing()
    {
        var line = ErrorListing.FailedMessageLine("commerce-order", Message("q_error", "msg-2", failedAt: null, reason: null, amazonOrderId: null));

        Assert.That(line, Is.EqualTo("(no time)  commerce-order        q_error  msg-2  CommerceOrderPlaced  (no reason)"));
    }

    [TestCase("urn:message:Fulfillment.Contracts.AmazonOrders:OrderUnshipped", "OrderUnshipped")]
    [TestCase("OrderUnshipped", "OrderUnshipped")]
    [TestCase("urn:message:", "urn:message:")]
    [TestCase(null, "(unknown type)")]
    public void Given_a_message_type_When_shortened_Then_the_contract_name(string? messageType, string expected) =>
        Assert.That(ErrorListing.ShortTypeName(messageType), Is.EqualTo(expected));

    [Test]
    public void Given_an_Amazon_error_When_printed_Then_store_operation_status_code_attempt_and_message()
    {
        var retried = ErrorListing.AmazonErrorLine("order-import", Failure("store-us", 500, "InternalFailure", willRetry: true));
        var unanswered = ErrorListing.AmazonErrorLine("tracking-sync", Failure(null, null, "NoAnswer", willRetry: false));

        Assert.Multiple(() =>
        {
            Assert.That(retried, Is.EqualTo(
                "2026-11-20 10:00:00Z  order-import          store-us  getOrders  500 InternalFailure  attempt 2, retried  We encountered an internal error."));
            Assert.That(unanswered, Is.EqualTo(
                "2026-11-20 10:00:00Z  tracking-sync         seller A2EUQ1WTGCTBG2  getOrders  no answer NoAnswer  attempt 2, gave up  We encountered an internal error."));
        });
    }

    [Test]
    public void Given_messages_from_several_services_When_sorted_Then_newest_first_and_those_without_a_time_last()
    {
        var sorted = ErrorListing.NewestFirst(
        [
            ("order-import", Message("a_error", "old", "2026-11-20T10:00:00Z")),
            ("tracking-sync", Message("b_error", "none", failedAt: null)),
            ("commerce-order", Message("c_error", "new", "2026-11-20T11:00:00Z")),
        ], "failedAt");

        Assert.That(sorted.Select(entry => $"{entry.Service}:{entry.Entry.GetProperty("messageId").GetString()}"),
            Is.EqualTo(new[] { "commerce-order:new", "order-import:old", "tracking-sync:none" }));
    }

    [Test]
    public void Given_a_listing_When_looking_for_a_message_id_Then_the_queues_that_hold_it()
    {
        var listing = JsonSerializer.SerializeToElement(new
        {
            messages = new[]
            {
                Message("a_error", "msg-1"), Message("b_error", "msg-2"), Message("c_error", "msg-1"), Message("a_error", "msg-1"),
            },
            truncated = false,
        });

        Assert.Multiple(() =>
        {
            Assert.That(ErrorListing.QueuesHolding(listing, "msg-1"), Is.EqualTo(new[] { "a_error", "c_error" }));
            Assert.That(ErrorListing.QueuesHolding(listing, "msg-2"), Is.EqualTo(new[] { "b_error" }));
            Assert.That(ErrorListing.QueuesHolding(listing, "msg-3"), Is.Empty);
        });
    }

    private static JsonElement Message(
        string queue, string messageId, string? failedAt = "2026-11-20T10:00:00Z", string? reason = "failed",
        string? amazonOrderId = null) =>
        JsonSerializer.SerializeToElement(new
        {
            queue, inputQueue = queue.Replace("_error", ""), messageId,
            messageType = "urn:message:Fulfillment.Contracts.CommerceOrders:CommerceOrderPlaced",
            amazonOrderId, reason, exceptionType = "FluentValidation.ValidationException", failedAt,
            body = new { message = new { buyerEmail = "jane@example.com" } },
        });

    private static JsonElement Failure(string? storeId, int? httpStatus, string amazonCode, bool willRetry) =>
        JsonSerializer.SerializeToElement(new
        {
            id = Guid.Empty, storeId, sellerId = "A2EUQ1WTGCTBG2", marketplaceId = "ATVPDKIKX0DER", operation = "getOrders",
            httpStatus, amazonCode, message = "We encountered an internal error.", attempt = 2, willRetry,
            at = "2026-11-20T10:00:00Z",
        });
}
