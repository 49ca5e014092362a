using System.Diagnostics;
using Fulfillment.Benchmarks.Measurements;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Fulfillment.Benchmarks.Raw;

/// <summary>
/// The machine's raw RabbitMQ limit: persistent 1 KB messages into a durable queue of a scratch virtual host, each
/// publish awaiting its publisher confirm (many in flight at once, as MassTransit does), while one consumer with manual
/// acknowledgements drains the queue. The virtual host is deleted afterwards.
/// </summary>
public static class RabbitMqPersistentBaseline
{
    private const string VirtualHost = "fulfillment-bench-scratch";
    private const string Queue = "bench-persistent";
    private const int PublishingChannels = 4;
    private const int InFlightPerChannel = 64;

    public static async Task<RawRate> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        using var management = new RabbitMqManagement(settings);
        await management.CreateVirtualHostAsync(VirtualHost, cancellationToken);
        try
        {
            return await MeasureAsync(settings, cancellationToken);
        }
        finally
        {
            await management.DeleteVirtualHostAsync(VirtualHost, CancellationToken.None);
        }
    }

    private static async Task<RawRate> MeasureAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            HostName = settings.RabbitMqHost,
            Port = settings.RabbitMqPort,
            UserName = settings.RabbitMqUser,
            Password = settings.RabbitMqPassword,
            VirtualHost = VirtualHost,
        };
        await using var publishing = await factory.CreateConnectionAsync("bench-publisher", cancellationToken);
        await using var consuming = await factory.CreateConnectionAsync("bench-consumer", cancellationToken);
        await using var consumerChannel = await consuming.CreateChannelAsync(cancellationToken: cancellationToken);
        await consumerChannel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await consumerChannel.BasicQosAsync(0, 500, false, cancellationToken);

        long consumed = 0;
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            Interlocked.Increment(ref consumed);
        };
        await consumerChannel.BasicConsumeAsync(Queue, autoAck: false, consumer, cancellationToken);

        long confirmed = 0;
        var body = new byte[1024];
        Random.Shared.NextBytes(body);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/octet-stream" };
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        window.CancelAfter(settings.RawRunLength);
        var clock = Stopwatch.StartNew();
        var channels = new List<IChannel>();
        for (var index = 0; index < PublishingChannels; index++)
        {
            channels.Add(await publishing.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
                cancellationToken));
        }

        var publishers = channels.SelectMany(channel => Enumerable.Range(0, InFlightPerChannel).Select(async _ =>
        {
            while (!window.IsCancellationRequested)
            {
                await channel.BasicPublishAsync("", Queue, mandatory: false, properties, body, CancellationToken.None);
                Interlocked.Increment(ref confirmed);
            }
        })).ToList();
        await Task.WhenAll(publishers);
        var seconds = clock.Elapsed.TotalSeconds;
        var consumedInWindow = Interlocked.Read(ref consumed);
        foreach (var channel in channels)
        {
            await channel.CloseAsync(CancellationToken.None);
            channel.Dispose();
        }

        return new RawRate(
            "RabbitMQ persistent publish (confirmed)", confirmed / seconds,
            $"1 KB persistent messages, durable queue, {PublishingChannels} channels x {InFlightPerChannel} in flight, " +
            $"one consumer (prefetch 500, manual ack) at the same time, {seconds:0} s",
            consumedInWindow / seconds);
    }
}
