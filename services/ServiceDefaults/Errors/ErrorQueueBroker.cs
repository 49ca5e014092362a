using Fulfillment.ServiceDefaults.Bus;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Fulfillment.ServiceDefaults.Errors;

/// <summary>
/// This service's error queues over plain AMQP, with the bus's own credentials: it works on any broker, with or
/// without the management plug-in. A message is only ever taken with a manual acknowledgement, and given back
/// (nack with requeue) unless it was re-published and the broker confirmed it, or an operator discarded it: a
/// failure half-way loses nothing, at worst a message is delivered twice, which every consumer absorbs.
/// </summary>
/// <remarks>
/// The endpoints are known once the bus is configured, which its hosted service does before the web server starts
/// taking requests.
/// </remarks>
public sealed class ErrorQueueBroker(
    RabbitMqOptions options, ServiceReceiveEndpoints endpoints, ILogger<ErrorQueueBroker> logger)
{
    /// <summary>How many messages a re-drive holds unacknowledged at once.</summary>
    public const int RedriveBatchSize = 200;

    /// <summary>A re-drive of a whole queue lists the ids of this many messages and counts the rest.</summary>
    public const int MaxRedrivenListed = 1000;

    public bool Owns(string errorQueue) => endpoints.OwnsErrorQueue(errorQueue);

    /// <summary>Up to <paramref name="limitPerQueue"/> messages of each error queue, all left where they were.</summary>
    public async Task<FailedMessages> ListAsync(int limitPerQueue, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        var messages = new List<FailedMessage>();
        var truncated = false;
        foreach (var queue in endpoints.ErrorQueues)
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var waiting = await ReadyCountAsync(channel, queue, cancellationToken);
            if (waiting is null or 0)
            {
                continue;
            }

            var held = await TakeAsync(channel, queue, Math.Min(waiting.Value, limitPerQueue), cancellationToken);
            messages.AddRange(held.Select(delivery => ErrorQueueMessage.Describe(queue, delivery)));
            truncated |= waiting > limitPerQueue;
            await GiveBackAsync(channel, held);
        }

        return new FailedMessages(messages, truncated);
    }

    /// <summary>How many messages wait in each of this service's error queues (0 for one that was never created).</summary>
    public async Task<IReadOnlyDictionary<string, uint>> DepthsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        var depths = new Dictionary<string, uint>();
        foreach (var queue in endpoints.ErrorQueues)
        {
            // A passive declare of a missing queue closes its channel: one channel per queue.
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            depths[queue] = await ReadyCountAsync(channel, queue, cancellationToken) ?? 0;
        }

        return depths;
    }

    /// <summary>
    /// Sends the chosen messages (all when <paramref name="messageIds"/> is null) back to the queue they failed from,
    /// each acknowledged off the error queue only once the broker confirmed its re-publish. The queue is read in
    /// batches: re-driving all holds at most one batch at a time, however long the queue (a named re-drive holds
    /// the messages it passes over until it has found the ones named, so that they keep their place).
    /// </summary>
    public async Task<RedriveOutcome> RedriveAsync(
        string errorQueue, IReadOnlySet<string>? messageIds, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        var inputQueue = errorQueue[..^ServiceReceiveEndpoints.ErrorSuffix.Length];
        if (await ReadyCountAsync(channel, errorQueue, cancellationToken) is not { } waiting)
        {
            return new RedriveOutcome(errorQueue, inputQueue, [], messageIds?.Order().ToList() ?? [], 0);
        }

        // Only the messages there when the re-drive began: one that fails again and comes back is not sent twice.
        var remaining = (long)waiting;
        var passedOver = new List<BasicGetResult>();
        var redriven = new List<string>();
        var redrivenCount = 0;
        List<BasicGetResult> batch = [];
        try
        {
            while (remaining > 0 && (messageIds is null || redriven.Count < messageIds.Count))
            {
                batch = await TakeAsync(channel, errorQueue, Math.Min(remaining, RedriveBatchSize), cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                remaining -= batch.Count;
                while (batch.Count > 0)
                {
                    var delivery = batch[0];
                    var messageId = ErrorQueueMessage.MessageIdOf(delivery);
                    if (messageIds is not null && (messageId is null || !messageIds.Contains(messageId)))
                    {
                        passedOver.Add(delivery);
                        batch.RemoveAt(0);
                        continue;
                    }

                    inputQueue = ErrorQueueMessage.InputQueueOf(
                        errorQueue, delivery.BasicProperties.Headers ?? new Dictionary<string, object?>());
                    // The default exchange routes to the queue of that name. With confirmation tracking the call returns
                    // once the broker has the message; mandatory turns a missing queue into a PublishException instead
                    // of a message dropped silently.
                    await channel.BasicPublishAsync(
                        exchange: "", routingKey: inputQueue, mandatory: true,
                        ErrorQueueMessage.WithoutFaultHeaders(delivery.BasicProperties), delivery.Body, cancellationToken);
                    await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
                    batch.RemoveAt(0);
                    redrivenCount++;
                    if (redriven.Count < MaxRedrivenListed)
                    {
                        redriven.Add(messageId ?? "");
                    }

                    logger.LogInformation("Re-drove message {MessageId} from {ErrorQueue} to {InputQueue}",
                        messageId, errorQueue, inputQueue);
                }
            }
        }
        finally
        {
            await GiveBackAsync(channel, [.. passedOver, .. batch]);
        }

        return new RedriveOutcome(
            errorQueue, inputQueue, redriven, messageIds?.Except(redriven).Order().ToList() ?? [], redrivenCount);
    }

    /// <returns>True when the message was found and removed for good.</returns>
    public async Task<bool> DiscardAsync(string errorQueue, string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var waiting = await ReadyCountAsync(channel, errorQueue, cancellationToken) ?? 0;
        var held = await TakeAsync(channel, errorQueue, waiting, cancellationToken);
        var discarded = held.FirstOrDefault(delivery => ErrorQueueMessage.MessageIdOf(delivery) == messageId);
        try
        {
            if (discarded is not null)
            {
                await channel.BasicAckAsync(discarded.DeliveryTag, multiple: false, cancellationToken);
                var described = ErrorQueueMessage.Describe(errorQueue, discarded);
                // The body stays out of the log: it may carry a buyer's personal data.
                logger.LogWarning(
                    "An operator discarded message {MessageId} ({MessageType}, order {AmazonOrderId}) from {ErrorQueue}; it had failed with {ExceptionType}",
                    messageId, described.MessageType, described.AmazonOrderId, errorQueue, described.ExceptionType);
            }
        }
        finally
        {
            await GiveBackAsync(channel, [.. held.Where(delivery => delivery != discarded)]);
        }

        return discarded is not null;
    }

    private Task<IConnection> ConnectAsync(CancellationToken cancellationToken) => new ConnectionFactory
    {
        HostName = options.Host,
        Port = options.Port,
        VirtualHost = options.VirtualHost,
        UserName = options.Username!,
        Password = options.Password!,
        ClientProvidedName = "fulfillment-error-queues",
    }.CreateConnectionAsync(cancellationToken);

    /// <returns>The messages ready in the queue, or null when it does not exist (no message ever failed there).</returns>
    private static async Task<uint?> ReadyCountAsync(IChannel channel, string queue, CancellationToken cancellationToken)
    {
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    /// <summary>Takes up to <paramref name="count"/> messages, unacknowledged: they stay the broker's until acked.</summary>
    private static async Task<List<BasicGetResult>> TakeAsync(
        IChannel channel, string queue, long count, CancellationToken cancellationToken)
    {
        var held = new List<BasicGetResult>();
        while (held.Count < count && await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is { } delivery)
        {
            held.Add(delivery);
        }

        return held;
    }

    /// <summary>Puts messages back where they were; not cancellable, since giving back is what keeps them safe.</summary>
    private static async Task GiveBackAsync(IChannel channel, IReadOnlyList<BasicGetResult> held)
    {
        if (channel.IsClosed)
        {
            return; // a closed channel has already returned every unacknowledged message to its queue
        }

        foreach (var delivery in held)
        {
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
        }
    }
}
