using Fulfillment.SystemTests.Infrastructure.Identity;
using MassTransit;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// Some of Fulfillment's services running as processes on real PostgreSQL (one fresh database each) and real
/// RabbitMQ (a fresh virtual host), isolated from every other fixture, configured with each other as the
/// launcher configures them: when the SP-API simulator is part of the system, OrderImport polls it and
/// TrackingSync confirms shipments to it.
/// </summary>
public sealed class FulfillmentSystem : IAsyncDisposable
{
    private readonly Dictionary<FulfillmentService, ServiceProcess> _services;
    private readonly Dictionary<FulfillmentService, TestDatabase> _databases;

    private FulfillmentSystem(
        TestVirtualHost virtualHost, Dictionary<FulfillmentService, TestDatabase> databases,
        Dictionary<FulfillmentService, ServiceProcess> services, SimulatedSeller seller)
    {
        VirtualHost = virtualHost;
        _databases = databases;
        _services = services;
        Seller = seller;
    }

    public TestVirtualHost VirtualHost { get; }

    /// <summary>The seller account the simulator knows and OrderImport and TrackingSync hold credentials for (named "test").</summary>
    public SimulatedSeller Seller { get; }

    public ServiceProcess this[FulfillmentService service] => _services[service];

    public TestDatabase DatabaseOf(FulfillmentService service) => _databases[service];

    public static Task<FulfillmentSystem> StartAsync(params FulfillmentService[] services) =>
        StartAsync(new Dictionary<string, string>(), services);

    /// <param name="settings">Configuration given to every service on top of the defaults (e.g. polling interval).</param>
    public static Task<FulfillmentSystem> StartAsync(
        IReadOnlyDictionary<string, string> settings, params FulfillmentService[] services) =>
        StartAsync(settings, new Dictionary<FulfillmentService, string>(), services);

    /// <param name="settings">Configuration given to every service on top of the defaults (e.g. polling interval).</param>
    /// <param name="databaseServers">
    /// The PostgreSQL server (connection string) of a service whose database is not on the server the tests share,
    /// e.g. a server the test restarts.
    /// </param>
    public static async Task<FulfillmentSystem> StartAsync(
        IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<FulfillmentService, string> databaseServers,
        params FulfillmentService[] services)
    {
        var runId = $"t{Guid.NewGuid():N}"[..13];
        var identityProvider = await TestIdentityProvider.SharedAsync();
        var seller = SimulatedSeller.CreateFor(runId);
        var virtualHost = await TestVirtualHost.CreateAsync(runId);
        var databases = new Dictionary<FulfillmentService, TestDatabase>();
        var environments = new Dictionary<FulfillmentService, Dictionary<string, string>>();
        var processes = new Dictionary<FulfillmentService, ServiceProcess>();
        foreach (var service in services)
        {
            var database = await TestDatabase.CreateAsync(
                $"{runId}_{service.DatabaseSuffix}", databaseServers.GetValueOrDefault(service));
            databases[service] = database;
            environments[service] = new Dictionary<string, string>
            {
                ["ConnectionStrings__Postgres"] = database.ConnectionString,
                ["RabbitMq__Host"] = TestInfrastructure.RabbitMqHost,
                ["RabbitMq__Port"] = TestInfrastructure.RabbitMqPort.ToString(),
                ["RabbitMq__VirtualHost"] = virtualHost.Name,
                ["RabbitMq__Username"] = TestInfrastructure.RabbitMqUsername,
                ["RabbitMq__Password"] = TestInfrastructure.RabbitMqPassword,
            };
            foreach (var (key, value) in identityProvider.ServiceSettings())
            {
                environments[service][key] = value;
            }

            processes[service] = new ServiceProcess(service, environments[service]);
        }

        if (processes.TryGetValue(FulfillmentService.SpApiSimulator, out var simulator))
        {
            foreach (var (key, value) in seller.SimulatorSettings())
            {
                environments[FulfillmentService.SpApiSimulator][key] = value;
            }
        }

        if (environments.TryGetValue(FulfillmentService.OrderImport, out var orderImport))
        {
            foreach (var (key, value) in seller.OrderImportSettings(simulator?.BaseAddress))
            {
                orderImport[key] = value;
            }
        }

        if (environments.TryGetValue(FulfillmentService.OrderImport, out var operatorsPage))
        {
            // The operators' page in OrderImport reads and acts through the other services' APIs.
            foreach (var (service, process) in processes.Where(pair => pair.Key != FulfillmentService.OrderImport))
            {
                operatorsPage[$"Services__{service.Folder}__Url"] = process.BaseAddress.ToString();
            }
        }

        // The operators' page signs people in through the run's provider as its web client (whose redirect URIs the
        // provider accepts on any loopback port).
        if (environments.TryGetValue(FulfillmentService.OrderImport, out var signingInPage))
        {
            signingInPage["OperatorsPage__ClientId"] = TestClients.OperatorsPage;
            signingInPage["OperatorsPage__ClientSecret"] = identityProvider.ClientSecrets[TestClients.OperatorsPage];
        }

        if (environments.TryGetValue(FulfillmentService.TrackingSync, out var trackingSync))
        {
            foreach (var (key, value) in seller.SpApiSettings(simulator?.BaseAddress))
            {
                trackingSync[key] = value;
            }
        }

        foreach (var environment in environments.Values)
        {
            foreach (var (key, value) in settings)
            {
                environment[key] = value;
            }
        }

        var system = new FulfillmentSystem(virtualHost, databases, processes, seller);
        try
        {
            await Task.WhenAll(processes.Values.Select(process => process.StartAsync()));
            // Tests call as an admin unless they say otherwise: a test of who may do what sends its own token.
            var admin = await identityProvider.Tokens.PersonAsync(TestPeople.Admin);
            foreach (var process in processes.Values)
            {
                process.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", admin);
            }
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
