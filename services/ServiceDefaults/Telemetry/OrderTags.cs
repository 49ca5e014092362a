using System.Collections.Concurrent;
using System.Diagnostics;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// The span attributes that find an order's journey in a trace dashboard. Both are business identifiers, never
/// personal data: an operator pastes the Amazon order id into the dashboard's filter.
/// </summary>
public static class OrderTags
{
    public const string AmazonOrderId = "amazon.order_id";
    public const string CommerceOrderNumber = "commerce.order_number";

    /// <summary>The contracts' property names for the same two identifiers.</summary>
    public const string AmazonOrderIdProperty = "AmazonOrderId";
    public const string CommerceOrderNumberProperty = "CommerceOrderNumber";

    /// <summary>
    /// Running spans that carry an order, by span id: a library that starts its span from its parent's context
    /// (Marten's connection span) leaves <see cref="Activity.Parent"/> empty, so the parent is found by its id.
    /// </summary>
    private static readonly ConcurrentDictionary<ActivitySpanId, Activity> Tagged = new();

    /// <summary>
    /// Tags <paramref name="activity"/> and its in-process ancestors of the same trace (e.g. MassTransit's receive
    /// span around a consume filter), so that spans started under any of them inherit the tags.
    /// </summary>
    public static void Tag(Activity? activity, string? amazonOrderId, string? commerceOrderNumber = null)
    {
        for (var current = activity; current is not null && current.TraceId == activity!.TraceId; current = ParentOf(current))
        {
            SetIfMissing(current, AmazonOrderId, amazonOrderId);
            SetIfMissing(current, CommerceOrderNumber, commerceOrderNumber);
            Remember(current);
        }
    }

    /// <summary>Copies the tags the nearest in-process ancestors carry onto <paramref name="activity"/>.</summary>
    public static void Inherit(Activity activity)
    {
        for (var parent = ParentOf(activity); parent is not null; parent = ParentOf(parent))
        {
            if (activity.GetTagItem(AmazonOrderId) is not null && activity.GetTagItem(CommerceOrderNumber) is not null)
            {
                break;
            }

            SetIfMissing(activity, AmazonOrderId, parent.GetTagItem(AmazonOrderId) as string);
            SetIfMissing(activity, CommerceOrderNumber, parent.GetTagItem(CommerceOrderNumber) as string);
        }

        Remember(activity);
    }

    public static void Forget(Activity activity) => Tagged.TryRemove(activity.SpanId, out _);

    private static Activity? ParentOf(Activity activity) =>
        activity.Parent ?? (activity.ParentSpanId != default && Tagged.TryGetValue(activity.ParentSpanId, out var parent)
            ? parent
            : null);

    private static void Remember(Activity activity)
    {
        if (activity.GetTagItem(AmazonOrderId) is not null && !activity.IsStopped)
        {
            Tagged[activity.SpanId] = activity;
        }
    }

    private static void SetIfMissing(Activity activity, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value) && activity.GetTagItem(key) is null)
        {
            activity.SetTag(key, value);
        }
    }
}
