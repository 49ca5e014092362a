using System.Diagnostics;
using Fulfillment.ServiceDefaults.EventStore;
using Marten;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// The span of work on one order that did not arrive with the order's trace: a poll that sees the order again, a
/// worker that picks it up from the database, an operator's request days later. It continues the trace the
/// order's stream began in (read from the headers of the stream's first event), so the dashboard shows the order's
/// whole journey as one trace, and it links to the span that started the work (the poll, the request). An order
/// seen for the first time starts a trace of its own. Disposing ends the span and gives the starter back its place
/// as the current span.
/// </summary>
public sealed class OrderSpan : IDisposable
{
    private static readonly ActivitySource Source = new(FulfillmentTelemetry.SourceName);

    private readonly Activity? _starter;

    private OrderSpan(Activity? starter, Activity? activity)
    {
        _starter = starter;
        Activity = activity;
    }

    public Activity? Activity { get; }

    /// <param name="orderTrace">The order's trace (<see cref="TraceOfStreamAsync"/>); null for a new order.</param>
    public static OrderSpan Start(
        string name, ActivityContext? orderTrace, string amazonOrderId, string? commerceOrderNumber = null)
    {
        var starter = Activity.Current;
        ActivityLink[] links = starter is null ? [] : [new ActivityLink(starter.Context)];
        // StartActivity takes the current span as parent when given none: without it the order gets its own trace.
        Activity.Current = null;
        var activity = Source.StartActivity(name, ActivityKind.Internal, orderTrace ?? default, links: links);
        OrderTags.Tag(activity, amazonOrderId, commerceOrderNumber);
        if (activity is null)
        {
            Activity.Current = starter;
        }

        return new OrderSpan(starter, activity);
    }

    /// <summary>The trace context in the headers of the stream's first event; null for a stream not written yet.</summary>
    public static async Task<ActivityContext?> TraceOfStreamAsync(
        IQuerySession session, string streamKey, CancellationToken cancellationToken)
    {
        var first = await session.Events.FetchStreamAsync(streamKey, version: 1, token: cancellationToken);
        return first.Count > 0 ? TraceContextHeaders.Restore(first[0]) : null;
    }

    public void Dispose()
    {
        if (Activity is null)
        {
            return;
        }

        Activity.Dispose();
        Activity.Current = _starter;
    }
}
