using System.Collections.Concurrent;
using System.Net;
using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.SystemTests.CommerceSide;
using Fulfillment.SystemTests.Infrastructure;
using MassTransit;
using Npgsql;

namespace Fulfillment.SystemTests.EventForwarding;

/// <summary>
/// An event the forwarder cannot read stops it loudly: <c>/health</c> 503 naming the event, the forwarder's lag
/// growing, nothing after it published and nothing skipped into Marten's dead letters; once the row is fixed, the
/// forwarder resumes by itself from that event. Staged on CommerceOrder, whose forwarder publishes
/// <see cref="CommerceOrderBlocked"/>: a copy of a real <c>order_creation_blocked</c> row with a body that does not
/// deserialize is written into its event table with SQL.
/// </summary>
public sealed class UnreadableEventTests
{
    private const string Schema = "commerce_order";

    private readonly ConcurrentQueue<(Guid? MessageId, string AmazonOrderId)> _heard = new();
    private FulfillmentSystem _system = null!;
    private IBusControl _bus = null!;

    private ServiceProcess CommerceOrder => _system[FulfillmentService.CommerceOrder];

    [OneTimeSetUp]
    public async Task StartService()
    {
        _system = await FulfillmentSystem.StartAsync(
            new Dictionary<string, string>
            {
                ["Commerce__BlockedOrderSweep__Interval"] = "01:00:00",
                ["EventDaemon__StoppedShardRetryInterval"] = "00:00:02",
            },
            FulfillmentService.CommerceOrder);
        _bus = await _system.StartTestBusAsync();
        var endpoint = _bus.ConnectReceiveEndpoint("test-commerce-order-blocked", configure =>
            configure.Handler<CommerceOrderBlocked>(context =>
            {
                _heard.Enqueue((context.MessageId, context.Message.AmazonOrderId));
                return Task.CompletedTask;
            }));
        await endpoint.Ready;
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        await _bus.StopAsync();
        await _system.DisposeAsync();
    }

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(_system.RecentOutput);
        }
    }

    [Test]
    public async Task Given_an_event_whose_body_does_not_deserialize_When_forwarded_Then_the_forwarder_stops_loudly_and_resumes_from_it_once_fixed()
    {
        var first = VerifiedOrders.New();
        await _bus.Publish(first.Unshipped());
        await HeardAsync(first.AmazonOrderId);
        var unreadable = await WriteUnreadableCopyOfBlockedEventAsync(first.AmazonOrderId);

        var second = VerifiedOrders.New();
        await _bus.Publish(second.Unshipped());
        var health = await Eventually.GetAsync(
            async () => await HealthAsync() is { Status: HttpStatusCode.ServiceUnavailable } answer ? answer : null,
            TimeSpan.FromSeconds(30), "/health to report the stopped forwarder");
        var lag = await Eventually.GetAsync<object>(
            async () => (await PrometheusScrape.ReadAsync(CommerceOrder.Http)).Sum("fulfillment_events_lag", ("kind", "forwarder")) is >= 2 and var value
                ? (object)value
                : null,
            TimeSpan.FromSeconds(30), "the forwarder's lag to show the events waiting behind the unreadable one");
        await Task.Delay(TimeSpan.FromSeconds(5));
        var heardWhileStopped = _heard.Select(message => message.AmazonOrderId).ToList();
        var deadLetters = await DeadLettersAsync();

        await FixAsync(unreadable, first.AmazonOrderId);
        await HeardAsync(second.AmazonOrderId);
        var healthAfter = await Eventually.GetAsync(
            async () => await HealthAsync() is { Status: HttpStatusCode.OK } answer ? answer : null,
            TimeSpan.FromSeconds(30), "/health to be healthy again");

        Assert.Multiple(() =>
        {
            Assert.That(health.Body, Does.Contain("EventForwarder").And.Contain(unreadable.ToString()),
                "the health answer names the stopped forwarder and the event");
            Assert.That(lag, Is.GreaterThanOrEqualTo(2));
            Assert.That(heardWhileStopped, Does.Not.Contain(second.AmazonOrderId), "nothing after the event went out");
            Assert.That(deadLetters, Is.Zero, "nothing was skipped into Marten's dead letters");
            Assert.That(_heard.Select(message => message.MessageId), Does.Contain((Guid?)unreadable),
                "the fixed event went out, nothing was skipped");
            Assert.That(healthAfter.Body, Does.Not.Contain("EventForwarder"));
        });
        Assert.That(CommerceOrder.RecentOutput, Does.Contain(unreadable.ToString()), "a log line names the event");
    }

    private sealed record HealthAnswer(HttpStatusCode Status, string Body);

    private async Task<HealthAnswer> HealthAsync()
    {
        using var response = await CommerceOrder.Http.GetAsync("health");
        return new HealthAnswer(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task HeardAsync(string amazonOrderId) => Eventually.GetAsync<object>(
        () => Task.FromResult<object?>(_heard.Any(message => message.AmazonOrderId == amazonOrderId) ? amazonOrderId : null),
        TimeSpan.FromSeconds(30), $"CommerceOrderBlocked for {amazonOrderId}");

    /// <summary>
    /// A copy of the order's <c>order_creation_blocked</c> event, as the next event of the store, whose body is a JSON
    /// array where the event's object belongs: Marten cannot deserialize it.
    /// </summary>
    private async Task<Guid> WriteUnreadableCopyOfBlockedEventAsync(string amazonOrderId)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync($"""
            CREATE TEMP TABLE unreadable AS
                SELECT * FROM {Schema}.mt_events WHERE stream_id = '{amazonOrderId}' AND type = 'order_creation_blocked' LIMIT 1;
            UPDATE unreadable SET seq_id = nextval('{Schema}.mt_events_sequence'), id = '{id}', version = version + 1000,
                data = '[]'::jsonb;
            INSERT INTO {Schema}.mt_events SELECT * FROM unreadable;
            """);
        return id;
    }

    private Task FixAsync(Guid unreadable, string amazonOrderId) => ExecuteAsync($"""
        UPDATE {Schema}.mt_events SET data = (
            SELECT data FROM {Schema}.mt_events WHERE stream_id = '{amazonOrderId}' AND type = 'order_creation_blocked' AND id <> '{unreadable}' LIMIT 1)
        WHERE id = '{unreadable}';
        """);

    private async Task<long> DeadLettersAsync()
    {
        var database = _system.DatabaseOf(FulfillmentService.CommerceOrder);
        return await database.ScalarAsync<bool>($"SELECT to_regclass('{Schema}.mt_doc_deadletterevent') IS NULL")
            ? 0
            : await database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.mt_doc_deadletterevent");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_system.DatabaseOf(FulfillmentService.CommerceOrder).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
