using System.Text;
using Fulfillment.SystemTests.Infrastructure;
using RabbitMQ.Client;

namespace Fulfillment.SystemTests.CommerceHandOff;

/// <summary>Reads what an operator reads in an endpoint's <c>_error</c> queue: the reason MassTransit put in the headers.</summary>
public static class ErrorQueue
{
    /// <returns>The <c>MT-Fault-Message</c> of the first failed message, or null while the queue is empty or absent.</returns>
    public static async Task<string?> FirstFaultAsync(string virtualHost, string queue)
    {
        if (await QueueProbe.ReadyMessagesAsync(virtualHost, queue) is not > 0)
        {
            return null;
        }

        var factory = new ConnectionFactory
        {
            HostName = TestInfrastructure.RabbitMqHost,
            Port = TestInfrastructure.RabbitMqPort,
            VirtualHost = virtualHost,
            UserName = TestInfrastructure.RabbitMqUsername,
            Password = TestInfrastructure.RabbitMqPassword,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var message = await channel.BasicGetAsync(queue, autoAck: false);
        if (message is null)
        {
            return null;
        }

        // Left in the queue for an operator, as it was.
        await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true);
        return message.BasicProperties.Headers?.TryGetValue("MT-Fault-Message", out var fault) == true
            ? fault switch { byte[] bytes => Encoding.UTF8.GetString(bytes), var other => other?.ToString() }
            : null;
    }
}
