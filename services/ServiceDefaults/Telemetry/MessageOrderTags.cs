using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// Reads the order a contract is about: each contract about an order names it in <c>AmazonOrderId</c> and, once
/// Commerce placed it, in <c>CommerceOrderNumber</c>.
/// </summary>
public static class MessageOrderTags
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo? AmazonOrderId, PropertyInfo? CommerceOrderNumber)> Properties = new();

    public static void Tag(Activity? activity, object message)
    {
        if (activity is null)
        {
            return;
        }

        var (amazonOrderId, commerceOrderNumber) = Properties.GetOrAdd(message.GetType(), type => (
            StringProperty(type, OrderTags.AmazonOrderIdProperty), StringProperty(type, OrderTags.CommerceOrderNumberProperty)));
        if (amazonOrderId is not null)
        {
            OrderTags.Tag(
                activity, amazonOrderId.GetValue(message) as string, commerceOrderNumber?.GetValue(message) as string);
        }
    }

    private static PropertyInfo? StringProperty(Type type, string name) =>
        type.GetProperty(name) is { PropertyType: var propertyType } property && propertyType == typeof(string) ? property : null;
}
