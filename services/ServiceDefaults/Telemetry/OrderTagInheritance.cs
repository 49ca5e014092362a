using System.Diagnostics;
using OpenTelemetry;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>
/// Gives every span the order tags of the span it runs under: database commands, HTTP calls to Amazon, Marten's
/// and MassTransit's spans know nothing of orders, yet an operator filtering on <c>amazon.order_id</c> must see
/// them. Tags only travel inside the process; across the bus the consume filter sets them again from the message.
/// </summary>
public sealed class OrderTagInheritance : BaseProcessor<Activity>
{
    public override void OnStart(Activity data) => OrderTags.Inherit(data);

    /// <summary>Again at the end: a parent may have learnt the order only after this span started.</summary>
    public override void OnEnd(Activity data)
    {
        OrderTags.Inherit(data);
        OrderTags.Forget(data);
    }
}
