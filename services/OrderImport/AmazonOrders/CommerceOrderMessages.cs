using FluentValidation;
using FluentValidation.Results;
using Marten;
using MassTransit;

namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>
/// How a message from CommerceOrder or TrackingSync becomes events in the stream of the Amazon order it is about.
/// </summary>
public static class CommerceOrderMessages
{
    /// <summary>
    /// Decides on the order as it stands and appends what changed, caused by the message. The order's stream is
    /// locked while the decision is made: messages about the same order that arrive together (Commerce's shipment
    /// and completion, a redelivery) are recorded one after the other, and the later one finds the earlier's facts,
    /// instead of colliding on the stream version and waiting for a retry.
    /// </summary>
    /// <exception cref="ValidationException">
    /// OrderImport never imported the order. CommerceOrder (and TrackingSync after it) only acts on orders OrderImport
    /// published, so this is a fault an operator must see: the message goes to the error queue at once with this
    /// reason, since retrying cannot make the order appear.
    /// </exception>
    public static async Task RecordAsync<TMessage>(
        this IDocumentSession session,
        ConsumeContext<TMessage> context,
        string amazonOrderId,
        Func<AmazonOrder, IReadOnlyList<object>> decide)
        where TMessage : class
    {
        var stream = await session.Events.FetchForExclusiveWriting<AmazonOrder>(amazonOrderId, context.CancellationToken);
        if (stream.Aggregate is not { } order)
        {
            throw new ValidationException(
                $"{typeof(TMessage).Name} names Amazon order '{amazonOrderId}', which OrderImport never imported.",
                [new ValidationFailure("AmazonOrderId", $"No Amazon order '{amazonOrderId}' is known to OrderImport.")]);
        }

        var events = decide(order);
        if (events.Count == 0)
        {
            return;
        }

        session.CausationId = context.MessageId?.ToString();
        stream.AppendMany(events);
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
