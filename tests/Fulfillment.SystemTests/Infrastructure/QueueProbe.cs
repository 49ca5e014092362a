using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>Reads how many messages wait in a queue, straight from the broker (not from the management statistics).</summary>
public static class QueueProbe
{
    /// <returns>The number of ready messages, or null when the queue does not exist.</returns>
    public static async Task<uint?> ReadyMessagesAsync(string virtualHost, string queue)
    {
        await using var connection = await ConnectAsync(virtualHost);
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue);
            return declared.MessageCount;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    /// <summary>A plain AMQP connection to the test broker, for tests that read a queue themselves.</summary>
    public static Task<IConnection> ConnectAsync(string virtualHost) => new ConnectionFactory
    {
        HostName = TestInfrastructure.RabbitMqHost,
        Port = TestInfrastructure.RabbitMqPort,
        VirtualHost = virtualHost,
        UserName = TestInfrastructure.RabbitMqUsername,
        Password = TestInfrastructure.RabbitMqPassword,
    }.CreateConnectionAsync();
}
