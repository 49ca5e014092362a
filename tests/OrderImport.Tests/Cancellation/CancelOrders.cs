using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Cancellation;
using Fulfillment.OrderImport.Stores;
using Fulfillment.OrderImport.Tests.AmazonOrders;
using Fulfillment.OrderImport.Tests.Stores;

namespace Fulfillment.OrderImport.Tests.Cancellation;

/// <summary>An order and its store for the cancel deciders, and the cancel's events, applied as Marten applies them.</summary>
public static class CancelOrders
{
    public static readonly Guid CancellationId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000c1");
    public static readonly DateTimeOffset Now = ChannelOrders.Now;

    public static AmazonStore Store(OrderSettings? settings = null) => StoreEvents.Given(StoreEvents.Connected(settings));

    public static SellerCancellationRequested Requested(string reason = "NoInventory", Guid? id = null) =>
        new(ChannelOrders.OrderId, "store-us", id ?? CancellationId, reason, "Operator", Now, 1);

    public static SellerCancellationSubmitted Submitted(string feedId = "50000000001") =>
        new(ChannelOrders.OrderId, CancellationId, feedId, Now.AddMinutes(1), 1);

    public static AmazonOrder With(this AmazonOrder order, params object[] events) => events.Aggregate(
        order,
        (state, @event) => @event switch
        {
            SellerCancellationRequested requested => state.Apply(requested),
            SellerCancellationSubmissionStarted started => state.Apply(started),
            SellerCancellationSubmitted submitted => state.Apply(submitted),
            SellerCancellationConfirmed confirmed => state.Apply(confirmed),
            SellerCancellationRejected rejected => state.Apply(rejected),
            _ => state.Then([@event]),
        });
}
