using System.Globalization;
using System.Text;
using MassTransit;
using MassTransit.RabbitMqTransport;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Fulfillment.ServiceDefaults.Bus;

/// <summary>
/// Sits outside the in-memory retries of one receive endpoint: a message still failing after them is moved, byte for
/// byte with its headers, to the endpoint's <c>_redelivery</c> queue, where the broker keeps it (durable, not in this
/// process) until the queue's message TTL sends it back to the endpoint's queue through the dead-letter exchange. A
/// dependency that is down for minutes thus only delays its messages; what <see cref="RedeliveryDecision"/> gives up
/// fails on into the <c>_error</c> queue as before. See docs/delayed-redelivery.md.
/// </summary>
/// <param name="stopping">The host's stopping signal: a failure while the service stops is left to MassTransit, which
/// returns the message to its queue (retries cut short by the stop end in the original exception).</param>
public sealed class DelayedRedeliveryFilter(
    string queue, DelayedRedeliveryOptions options, TimeProvider clock, CancellationToken stopping,
    ILogger<DelayedRedeliveryFilter> logger) : IFilter<ConsumeContext>
{
    public const string FirstFailedAtHeader = "Fulfillment-Redelivery-FirstFailedAt";
    public const string CountHeader = "Fulfillment-Redelivery-Count";
    public const string QueueSuffix = "_redelivery";

    public string RedeliveryQueue { get; } = queue + QueueSuffix;

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        // A consume cancelled or cut short because the service stops is not a failure of the message: MassTransit
        // returns it to its queue, and it must not be parked for a minute instead.
        catch (Exception exception) when (exception is not OperationCanceledException
            && !stopping.IsCancellationRequested
            && !context.CancellationToken.IsCancellationRequested
            && context.ReceiveContext.TryGetPayload(out ChannelContext? channel))
        {
            var transport = context.ReceiveContext.TransportHeaders;
            var decision = RedeliveryDecision.Decide(
                exception, FirstFailedAt(transport), Count(transport), clock.GetUtcNow(), options);
            if (decision is not RedeliveryDecision.Redeliver redeliver)
            {
                throw;
            }

            await MoveToRedeliveryQueueAsync(context.ReceiveContext, channel, redeliver);
            logger.LogWarning(exception,
                "Message {MessageId} on {Queue} failed; redelivery {Redelivery} in {Delay} (failing since {FirstFailedAt})",
                context.MessageId, queue, redeliver.Redelivery, redeliver.Delay, redeliver.FirstFailedAt);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("delayedRedelivery");

    /// <summary>
    /// Declared on first use with the arguments that make it a delay line: whatever waits its <see cref="DelayedRedeliveryOptions.Delay"/>
    /// is dead-lettered through the default exchange straight back into <c>queue</c>. The publish awaits the broker's
    /// confirm before the original is acknowledged; a crash in between leaves a duplicate, which idempotent consumers absorb.
    /// </summary>
    private async Task MoveToRedeliveryQueueAsync(ReceiveContext received, ChannelContext channel, RedeliveryDecision.Redeliver redeliver)
    {
        await channel.QueueDeclare(RedeliveryQueue, durable: true, exclusive: false, autoDelete: false,
            new Dictionary<string, object>
            {
                ["x-message-ttl"] = (long)options.Delay.TotalMilliseconds,
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = queue,
            },
            received.CancellationToken);

        var properties = received.TryGetPayload(out RabbitMqBasicConsumeContext? delivery)
            ? new BasicProperties(delivery.Properties)
            : new BasicProperties();
        properties.Headers = properties.Headers is { } headers
            ? new Dictionary<string, object?>(headers, StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        properties.Headers[FirstFailedAtHeader] = redeliver.FirstFailedAt.ToString("O", CultureInfo.InvariantCulture);
        properties.Headers[CountHeader] = redeliver.Redelivery.ToString(CultureInfo.InvariantCulture);
        // A per-message expiration shorter than the delay would bring it back early.
        properties.ClearExpiration();
        properties.DeliveryMode = DeliveryModes.Persistent;

        await channel.BasicPublishAsync("", RedeliveryQueue, mandatory: true, properties, received.GetBody(), awaitAck: true,
            received.CancellationToken);
    }

    private static DateTimeOffset? FirstFailedAt(MassTransit.Headers headers) =>
        Text(headers, FirstFailedAtHeader) is { } value
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    private static int Count(MassTransit.Headers headers) =>
        int.TryParse(Text(headers, CountHeader), CultureInfo.InvariantCulture, out var count) ? count : 0;

    private static string? Text(MassTransit.Headers headers, string name) =>
        headers.TryGetHeader(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            _ => value?.ToString(),
        } : null;
}
