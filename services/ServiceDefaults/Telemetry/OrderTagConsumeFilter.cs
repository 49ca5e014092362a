using System.Diagnostics;
using MassTransit;

namespace Fulfillment.ServiceDefaults.Telemetry;

/// <summary>Tags the spans of every consumed message with the order the message is about.</summary>
public sealed class OrderTagConsumeFilter<TMessage> : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        MessageOrderTags.Tag(Activity.Current, context.Message);
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("orderTags");
}
