using MassTransit;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// Some of Fulfillment's services running as processes on real PostgreSQL (one fresh database each) and real
/// RabbitMQ (a fresh virtual host), isolated from every other fixture.
/// </summary>
public sealed class FulfillmentSystem : IAsyncDisposable
{
    private readonly Dictionary<FulfillmentService, ServiceProcess> _services;
    private readonly Dictionary<FulfillmentService, TestDatabase> _databases;

    private FulfillmentSystem(
        TestVirtualHost virtualHost, Dictionary<FulfillmentService, TestDatabase> databases, Dictionary<FulfillmentService, ServiceProcess> services)
    {
        VirtualHost = virtualHost;
        _databases = databases;
        _services = services;
    }

    public TestVirtualHost VirtualHost { get; }

    public ServiceProcess this[FulfillmentService service] => _services[service];

    public TestDatabase DatabaseOf(FulfillmentService service) => _databases[service];

    public static async Task<FulfillmentSystem> StartAsync(params FulfillmentService[] services)
    {
        var runId = $"t{Guid.NewGuid():N}"[..13];
        var virtualHost = await TestVirtualHost.CreateAsync(runId);
        var databases = new Dictionary<FulfillmentService, TestDatabase>();
        var processes = new Dictionary<FulfillmentService, ServiceProcess>();
        foreach (var service in services)
        {
            var database = await TestDatabase.CreateAsync($"{runId}_{service.DatabaseSuffix}");
            databases[service] = database;
            processes[service] = new ServiceProcess(service, new Dictionary<string, string>
            {
                ["ConnectionStrings__Postgres"] = database.ConnectionString,
                ["RabbitMq__Host"] = TestInfrastructure.RabbitMqHost,
                ["RabbitMq__Port"] = TestInfrastructure.RabbitMqPort.ToString(),
                ["RabbitMq__VirtualHost"] = virtualHost.Name,
                ["RabbitMq__Username"] = TestInfrastructure.RabbitMqUsername,
                ["RabbitMq__Password"] = TestInfrastructure.RabbitMqPassword,
                ["SpApi__Credentials__test__ClientId"] = "amzn1.application-oa2-client.test",
                ["SpApi__Credentials__test__ClientSecret"] = $"secret-{runId}",
                ["SpApi__Credentials__test__RefreshToken"] = $"Atzr|refresh-{runId}",
            });
        }

        var system = new FulfillmentSystem(virtualHost, databases, processes);
        try
        {
            await Task.WhenAll(processes.Values.Select(process => process.StartAsync()));
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }

        return system;
    }

    /// <summary>A bus client of the test's own on the same virtual host, to publish messages as a service would.</summary>
    public async Task<IBusControl> StartTestBusAsync()
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(transport =>
            transport.Host(TestInfrastructure.RabbitMqHost, TestInfrastructure.RabbitMqPort, VirtualHost.Name, host =>
            {
                host.Username(TestInfrastructure.RabbitMqUsername);
                host.Password(TestInfrastructure.RabbitMqPassword);
            }));
        await bus.StartAsync(TimeSpan.FromSeconds(30));
        return bus;
    }

    public string RecentOutput => string.Join(
        Environment.NewLine,
        _services.Values.Select(process => $"--- {process.Service} ---{Environment.NewLine}{process.RecentOutput}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _services.Values)
        {
            await process.DisposeAsync();
        }

        foreach (var database in _databases.Values)
        {
            await database.DisposeAsync();
        }

        await VirtualHost.DisposeAsync();
    }
}
