using System.Text.Json;

namespace Fulfillment.Benchmarks.Workflow;

/// <summary>What Amazon (the simulator) shows of one order at the end.</summary>
/// <param name="SellerCancelled">Amazon canceled it for the seller's order acknowledgement feed.</param>
/// <param name="FeedsNamingIt">Feeds Amazon received that name the order: a cancel sent twice is two.</param>
public sealed record AmazonFacts(string Status, int PackagesConfirmed, bool UnitsLeftToShip, bool SellerCancelled, int FeedsNamingIt)
{
    public static AmazonFacts From(JsonElement order, int feedsNamingIt) => new(
        order.GetProperty("orderStatus").GetString() ?? "",
        order.GetProperty("shipmentConfirmations").GetArrayLength(),
        order.GetProperty("items").EnumerateArray()
            .Any(item => item.GetProperty("quantityShipped").GetInt32() != item.GetProperty("quantityOrdered").GetInt32()),
        order.TryGetProperty("sellerCancellation", out var cancellation) && cancellation.ValueKind == JsonValueKind.Object,
        feedsNamingIt);
}

/// <summary>Everything the system recorded of one order, counted, at the end of a run.</summary>
/// <param name="CommerceOrders">Commerce orders placed for it (CommerceOrder's <c>order_placed</c> events).</param>
/// <param name="CommerceOrdersClosed">Commerce orders refunded and closed for it (<c>order_closed</c> events).</param>
/// <param name="Confirmations">Completed confirmations in TrackingSync.</param>
/// <param name="ChannelStatus">OrderImport's channel status, or null when the orders view does not list it.</param>
/// <param name="Amazon">Amazon's view, or null when Amazon does not know the order.</param>
public sealed record OrderFacts(
    long CommerceOrders, long CommerceOrdersClosed, long Confirmations, string? ChannelStatus, AmazonFacts? Amazon);

/// <summary>
/// The facts of one order against what its kind promises: exactly one Commerce order (none for an order canceled
/// while Pending), closed once for an order the seller canceled and never for another; every package confirmed once
/// at Amazon and the Amazon order fully shipped (MFN), one completed confirmation in TrackingSync; a seller's cancel
/// received by Amazon in exactly one feed and no feed for the other orders; Amazon's status; and the channel status
/// the workflow promises (<c>Completed</c>, FBA <c>Shipped</c>, <c>Canceled</c>).
/// </summary>
public static class OrderVerdict
{
    /// <param name="facts">Null when the order was never placed at Amazon.</param>
    public static IEnumerable<(ProblemKind Kind, string Text)> ProblemsOf(PlannedOrder plan, OrderFacts? facts)
    {
        if (facts is null)
        {
            yield return (ProblemKind.Missing, "never placed at Amazon");
            yield break;
        }

        var expectedCommerceOrders = plan.ExpectsCommerceOrder ? 1 : 0;
        if (Differs(facts.CommerceOrders, expectedCommerceOrders) is { } commerce)
        {
            yield return (commerce, $"{facts.CommerceOrders} Commerce orders, expected {expectedCommerceOrders}");
        }

        var expectedClosed = plan.Kind == OrderKind.CanceledBySeller ? 1 : 0;
        if (Differs(facts.CommerceOrdersClosed, expectedClosed) is { } closed)
        {
            yield return (closed, $"Commerce order closed {facts.CommerceOrdersClosed} times, expected {expectedClosed}");
        }

        if (facts.ChannelStatus != plan.ExpectedChannelStatus)
        {
            yield return (facts.ChannelStatus is null ? ProblemKind.Missing : ProblemKind.WrongState,
                $"channel status {facts.ChannelStatus ?? "(not in the orders view)"}, expected {plan.ExpectedChannelStatus}");
        }

        var expectedConfirmations = plan.ShipsFromCommerce ? 1 : 0;
        if (Differs(facts.Confirmations, expectedConfirmations) is { } confirmations)
        {
            yield return (confirmations, $"{facts.Confirmations} completed confirmations in TrackingSync, expected {expectedConfirmations}");
        }

        if (facts.Amazon is not { } amazon)
        {
            yield return (ProblemKind.Missing, "unknown to Amazon");
            yield break;
        }

        if (Differs(amazon.PackagesConfirmed, expectedConfirmations) is { } packages)
        {
            yield return (packages, $"{amazon.PackagesConfirmed} packages confirmed at Amazon, expected {expectedConfirmations}");
        }

        var expectedFeeds = plan.Kind == OrderKind.CanceledBySeller ? 1 : 0;
        if (Differs(amazon.FeedsNamingIt, expectedFeeds) is { } feeds)
        {
            yield return (feeds, $"{amazon.FeedsNamingIt} cancellation feeds received by Amazon, expected {expectedFeeds}");
        }

        if (amazon.Status != plan.ExpectedAmazonStatus)
        {
            yield return (ProblemKind.WrongState, $"Amazon shows {amazon.Status}, expected {plan.ExpectedAmazonStatus}");
        }

        if (plan.Kind == OrderKind.CanceledBySeller && amazon.Status == "Canceled" && !amazon.SellerCancelled)
        {
            yield return (ProblemKind.WrongState, "Amazon shows Canceled, but not by the seller's feed");
        }

        if (plan.ShipsFromCommerce && amazon.UnitsLeftToShip)
        {
            yield return (ProblemKind.WrongState, "Amazon shows units left to ship");
        }
    }

    /// <summary>More than expected is a fact doubled, fewer a fact missing.</summary>
    private static ProblemKind? Differs(long actual, long expected) =>
        actual == expected ? null : actual > expected ? ProblemKind.Doubled : ProblemKind.Missing;
}
