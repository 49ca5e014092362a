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
    /// Tags <paramref name="activity"/> and its in-process ancestors of the same trace (e.g. MassTransit's receive
    /// span around a consume filter), so that spans started under any of them inherit the tags.
    /// </summary>
    public static void Tag(Activity? activity, string? amazonOrderId, string? commerceOrderNumber = null)
    {
        for (var current = activity; current is not null; current = current.Parent)
        {
            if (current.TraceId != activity!.TraceId)
            {
                return;
            }

            SetIfMissing(current, AmazonOrderId, amazonOrderId);
            SetIfMissing(current, CommerceOrderNumber, commerceOrderNumber);
        }
    }

    /// <summary>Copies the tags the nearest in-process ancestor carries onto <paramref name="activity"/>.</summary>
    public static void Inherit(Activity activity)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            if (activity.GetTagItem(AmazonOrderId) is not null && activity.GetTagItem(CommerceOrderNumber) is not null)
            {
                return;
            }

            SetIfMissing(activity, AmazonOrderId, parent.GetTagItem(AmazonOrderId) as string);
            SetIfMissing(activity, CommerceOrderNumber, parent.GetTagItem(CommerceOrderNumber) as string);
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
