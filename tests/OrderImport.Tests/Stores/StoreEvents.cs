using Fulfillment.OrderImport.Backfill;
using Fulfillment.OrderImport.Stores;

namespace Fulfillment.OrderImport.Tests.Stores;

/// <summary>A store built from its events, as Marten builds it: Given(events).</summary>
public static class StoreEvents
{
    public static readonly DateTimeOffset ConnectedAt = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static AmazonStoreConnected Connected(OrderSettings? settings = null) => new(
        "store-us", "A2EUQ1WTGCTBG2", "ATVPDKIKX0DER", new Uri("https://sellingpartnerapi-na.amazon.com"), "main",
        "base", settings ?? OrderSettings.Defaults, ConnectedAt);

    public static AmazonStore Given(AmazonStoreConnected connected, params object[] events) =>
        events.Aggregate(AmazonStore.Create(connected), (store, recorded) => recorded switch
        {
            OrderSettingsChanged changed => store.Apply(changed),
            OrdersBackfillRequested requested => store.Apply(requested),
            OrdersBackfillStarted started => store.Apply(started),
            OrdersBackfillCompleted completed => store.Apply(completed),
            OrdersBackfillFailed failed => store.Apply(failed),
            _ => throw new ArgumentException($"A store does not apply {recorded.GetType().Name}.", nameof(events)),
        });
}
