using System.Security.Cryptography;

namespace Fulfillment.SystemTests.Infrastructure.Identity;

/// <summary>
/// Fulfillment's OpenID provider as a process on its own database, configured with <see cref="TestPeople"/> and
/// <see cref="TestClients"/> and generated passwords and secrets. The test run shares one (<see cref="SharedAsync"/>),
/// started on first use and stopped when the run ends; a test that restarts or throttles a provider starts its own.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private static readonly Lazy<Task<TestIdentityProvider>> Shared =
        new(() => StartAsync(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string> _environment;
    private readonly TestDatabase _database;

    private TestIdentityProvider(TestDatabase database, Dictionary<string, string> environment, ServiceProcess process)
    {
        _database = database;
        _environment = environment;
        Process = process;
        Tokens = new TestTokens(this);
    }

    public ServiceProcess Process { get; }

    /// <summary>The issuer URL: what services take as <c>Authentication__Authority</c>, and what tokens carry as <c>iss</c>.</summary>
    public Uri Authority => Process.BaseAddress;

    public TestDatabase Database => _database;

    /// <summary>Each test person's password, by user name.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; } =
        TestPeople.Roles.Keys.ToDictionary(name => name, _ => Secret());

    /// <summary>Each confidential client's secret, by client id.</summary>
    public IReadOnlyDictionary<string, string> ClientSecrets { get; } =
        TestClients.MachineScopes.Keys.Append(TestClients.OperatorsPage).ToDictionary(name => name, _ => Secret());

    /// <summary>The RSA key (PEM) the provider signs with, given to it by the test so forged tokens can use it too.</summary>
    public string? SigningKeyPem { get; private init; }

    public TestTokens Tokens { get; }

    /// <summary>The provider every test of the run shares.</summary>
    public static Task<TestIdentityProvider> SharedAsync() => Shared.Value;

    /// <summary>Stops the shared provider, if it was started: once, at the end of the run.</summary>
    internal static async Task DisposeSharedAsync()
    {
        if (Shared.IsValueCreated && Shared.Value.IsCompletedSuccessfully)
        {
            await (await Shared.Value).DisposeAsync();
        }
    }

    /// <param name="settings">Settings on top of the defaults (e.g. sign-in limits).</param>
    /// <param name="withSigningKey">
    /// True: the test gives the provider its signing key (so forged tokens can be signed with it); false: the
    /// provider generates its own and keeps it in its database.
    /// </param>
    public static async Task<TestIdentityProvider> StartAsync(
        IReadOnlyDictionary<string, string>? settings = null, bool withSigningKey = true)
    {
        var database = await TestDatabase.CreateAsync($"t{Guid.NewGuid():N}"[..13] + "_" + FulfillmentService.IdentityProvider.DatabaseSuffix);
        var environment = new Dictionary<string, string>();
        var process = new ServiceProcess(FulfillmentService.IdentityProvider, environment);
        string? signingKey = null;
        if (withSigningKey)
        {
            using var rsa = RSA.Create(2048);
            signingKey = rsa.ExportPkcs8PrivateKeyPem();
        }

        var provider = new TestIdentityProvider(database, environment, process) { SigningKeyPem = signingKey };
        foreach (var (key, value) in provider.Settings())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        try
        {
            await process.StartAsync();
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }

        return provider;
    }

    /// <summary>Another process of the same provider (same database and configuration) on a port of its own.</summary>
    public ServiceProcess NewReplica()
    {
        var environment = new Dictionary<string, string>(_environment);
        return new ServiceProcess(FulfillmentService.IdentityProvider, environment);
    }

    /// <summary>Stops the provider (SIGTERM) and starts it again on the same port and database.</summary>
    public async Task RestartAsync()
    {
        await Process.StopAsync();
        await Process.StartAsync();
    }

    /// <summary>
    /// The settings a Fulfillment service needs to validate this provider's tokens (docs/security.md), and the
    /// operators' page's client, for a test system to add to its services' environment.
    /// </summary>
    public IReadOnlyDictionary<string, string> ServiceSettings() => new Dictionary<string, string>
    {
        ["Authentication__Authority"] = Authority.ToString(),
        ["Authentication__Audience"] = "fulfillment",
        ["Authentication__RequireHttpsMetadata"] = "false",
    };

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Dictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = _database.ConnectionString,
            ["IdentityProvider__Issuer"] = Authority.ToString(),
            ["IdentityProvider__RequireHttps"] = "false",
            // Every test signs in from 127.0.0.1: only the per-name limit can be tested on the shared provider.
            ["IdentityProvider__SignIn__AttemptsPerMinutePerAddress"] = "1000",
            ["IdentityProvider__SignIn__AttemptsPerMinutePerUser"] = "5",
        };
        if (SigningKeyPem is not null)
        {
            settings["IdentityProvider__SigningKey"] = SigningKeyPem;
        }

        var person = 0;
        foreach (var (name, roles) in TestPeople.Roles)
        {
            settings[$"IdentityProvider__Users__{person}__Name"] = name;
            settings[$"IdentityProvider__Users__{person}__Password"] = Passwords[name];
            for (var role = 0; role < roles.Length; role++)
            {
                settings[$"IdentityProvider__Users__{person}__Roles__{role}"] = roles[role];
            }

            person++;
        }

        var client = 0;
        foreach (var (clientId, scopes) in TestClients.MachineScopes)
        {
            settings[$"IdentityProvider__Clients__{client}__ClientId"] = clientId;
            settings[$"IdentityProvider__Clients__{client}__Type"] = "machine";
            settings[$"IdentityProvider__Clients__{client}__ClientSecret"] = ClientSecrets[clientId];
            for (var scope = 0; scope < scopes.Length; scope++)
            {
                settings[$"IdentityProvider__Clients__{client}__Scopes__{scope}"] = scopes[scope];
            }

            client++;
        }

        settings[$"IdentityProvider__Clients__{client}__ClientId"] = TestClients.OperatorsPage;
        settings[$"IdentityProvider__Clients__{client}__Type"] = "web";
        settings[$"IdentityProvider__Clients__{client}__ClientSecret"] = ClientSecrets[TestClients.OperatorsPage];
        settings[$"IdentityProvider__Clients__{client}__RedirectUris__0"] = $"http://127.0.0.1{TestClients.OperatorsPageRedirectPath}";
        settings[$"IdentityProvider__Clients__{client}__PostLogoutRedirectUris__0"] = $"http://127.0.0.1{TestClients.OperatorsPageSignedOutPath}";
        settings[$"IdentityProvider__Clients__{client}__AllowLoopbackRedirectPorts"] = "true";
        client++;

        settings[$"IdentityProvider__Clients__{client}__ClientId"] = TestClients.SystemTests;
        settings[$"IdentityProvider__Clients__{client}__Type"] = "public";
        settings[$"IdentityProvider__Clients__{client}__RedirectUris__0"] = TestClients.SystemTestsRedirectUri.ToString();
        return settings;
    }

    private static string Secret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
}
