using System.Text;
using RabbitMQ.Client;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>A message MassTransit moved to an <c>_error</c> queue, with the fault headers it added.</summary>
public sealed record FaultedMessage(string Body, string? ExceptionType, string? Reason);

public static class ErrorQueue
{
    /// <returns>The next message of the error queue (taken off it), or null when there is none.</returns>
    public static async Task<FaultedMessage?> TakeFaultAsync(string virtualHost, string queue)
    {
        // Asked first because reading a queue that does not exist yet would close the channel.
        if (await QueueProbe.ReadyMessagesAsync(virtualHost, queue) is null or 0)
        {
            return null;
        }

        await using var connection = await QueueProbe.ConnectAsync(virtualHost);
        await using var channel = await connection.CreateChannelAsync();

        var message = await channel.BasicGetAsync(queue, autoAck: true);
        if (message is null)
        {
            return null;
        }

        var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
        return new FaultedMessage(
            Encoding.UTF8.GetString(message.Body.Span),
            Header(headers, "MT-Fault-ExceptionType"),
            Header(headers, "MT-Fault-Message"));
    }

    private static string? Header(IDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            _ => value?.ToString(),
        } : null;
}
