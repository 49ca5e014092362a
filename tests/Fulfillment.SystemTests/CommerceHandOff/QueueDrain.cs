using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.CommerceHandOff;

/// <summary>Proves a service handled every message of a queue, rather than merely received it.</summary>
public static class QueueDrain
{
    /// <summary>
    /// A graceful stop lets the consumer finish what it holds and returns unfinished messages to the queue, so an
    /// empty queue after the stop means every message was acknowledged. The service is running again afterwards.
    /// </summary>
    public static async Task UntilHandledAsync(ServiceProcess service, string virtualHost, string queue)
    {
        while (true)
        {
            await Eventually.GetAsync(
                async () => await QueueProbe.ReadyMessagesAsync(virtualHost, queue) == 0 ? "drained" : null,
                TimeSpan.FromSeconds(30), $"{service} to take every message of {queue}");
            await service.StopAsync();
            var left = await QueueProbe.ReadyMessagesAsync(virtualHost, queue);
            await service.StartAsync();
            if (left == 0)
            {
                return;
            }
        }
    }
}
