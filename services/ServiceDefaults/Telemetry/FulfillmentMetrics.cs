using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// The instruments of the meter <c>Fulfillment</c> that are recorded where a fact happens. Tags hold operations,
/// outcomes, stores and statuses: never an order id (unbounded) and never personal data.
/// </summary>
public static class FulfillmentMetrics
{
    public static readonly Meter Meter = new(FulfillmentTelemetry.SourceName);

    /// <summary>From minutes to a day: how long an order waits between two services' steps.</summary>
    private static readonly IReadOnlyList<double> WaitBuckets =
        [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600];

    /// <summary>Every SP-API attempt, by operation and outcome (success, throttled, error, no_answer).</summary>
    public static readonly Counter<long> SpApiCalls = Meter.CreateCounter<long>(
        "fulfillment.sp_api.calls", "{call}", "SP-API calls by operation and outcome");

    /// <summary>From OrderImport seeing an order Unshipped (W2) to CommerceOrder placing its Commerce order (W3-W4).</summary>
    public static readonly Histogram<double> UnshippedToPlaced = Meter.CreateHistogram(
        "fulfillment.order.unshipped_to_placed", "s", "Time from an order seen Unshipped to its Commerce order placed",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = WaitBuckets });

    /// <summary>From the merchant's shipment in Commerce (W5) to Amazon accepting its tracking information (T2).</summary>
    public static readonly Histogram<double> ShippedToConfirmed = Meter.CreateHistogram(
        "fulfillment.shipment.shipped_to_confirmed", "s", "Time from a shipment in Commerce to Amazon's confirmation",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = WaitBuckets });

    public static void RecordSpApiCall(string operation, string outcome, string? storeId) =>
        SpApiCalls.Add(1, new TagList { { "operation", operation }, { "outcome", outcome }, { "store", storeId } });
}
