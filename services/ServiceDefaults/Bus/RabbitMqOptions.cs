namespace Fulfillment.ServiceDefaults.Bus;

/// <summary>Broker connection, from the <c>RabbitMq</c> configuration section (<c>RabbitMq__Host</c>, ...).</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    public string Host { get; set; } = "127.0.0.1";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>
    /// Messages each receive endpoint consumes at the same time. MassTransit's default is twice the processor count
    /// (4 on two cores), which leaves a queue waiting while its consumers wait on PostgreSQL or the other services;
    /// every consumer locks the streams it writes, so more at once only take turns where they meet.
    /// </summary>
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>Messages the broker hands each endpoint ahead of its consumers (unacknowledged at most).</summary>
    public ushort PrefetchCount { get; set; } = 16;
}
