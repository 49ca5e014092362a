using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Fulfillment.SystemTests.Infrastructure;
using Fulfillment.SystemTests.Infrastructure.Identity;

namespace Fulfillment.SystemTests.Security;

/// <summary>
/// X1-X3 from outside: every endpoint of every service, as each service lists it, is called anonymously, by each
/// role, by each machine scope, and with an expired, a wrongly signed, a stranger-signed and a wrong-audience token;
/// each answer is 401, 403 or admitted exactly where the README's permission table says.
/// </summary>
public sealed partial class SecuritySuiteTests
{
    private static readonly FulfillmentService[] Services =
    [
        FulfillmentService.OrderImport, FulfillmentService.CustomerProvisioning, FulfillmentService.CommerceOrder,
        FulfillmentService.TrackingSync, FulfillmentService.SpApiSimulator,
    ];

    private static readonly string[] Unauthenticated = ["anonymous", "expired", "wrongly signed", "signed by a stranger", "wrong audience"];

    private FulfillmentSystem _system = null!;
    private readonly Dictionary<string, string?> _tokens = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        _system = await FulfillmentSystem.StartAsync(Services);
        var tokens = (await TestIdentityProvider.SharedAsync()).Tokens;
        _tokens["anonymous"] = null;
        foreach (var person in new[] { TestPeople.Viewer, TestPeople.BuyerViewer, TestPeople.Operator, TestPeople.Admin, TestPeople.Nobody })
        {
            _tokens[person] = await tokens.PersonAsync(person);
        }

        foreach (var machine in new[] { TestClients.Erp, TestClients.Reader, TestClients.Operations })
        {
            _tokens[$"machine {machine}"] = await tokens.MachineAsync(machine);
        }

        _tokens["expired"] = tokens.Forged.ExpiredPerson(TestPeople.Admin);
        _tokens["wrongly signed"] = await tokens.Forged.AlteredSignaturePersonAsync(TestPeople.Admin);
        _tokens["signed by a stranger"] = tokens.Forged.SignedByAnotherKeyPerson(TestPeople.Admin);
        _tokens["wrong audience"] = tokens.Forged.WrongAudiencePerson(TestPeople.Admin);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _system.DisposeAsync();

    [Test]
    public async Task Given_every_service_When_its_endpoints_are_listed_Then_each_names_the_permission_of_the_table_and_none_is_missing_from_it()
    {
        var differences = new List<string>();
        foreach (var service in Services)
        {
            var actual = await EndpointsOfAsync(service);
            var routes = actual.SelectMany(endpoint => Keys(endpoint).Select(key => (Key: key, Expected: Permission(endpoint)))).ToList();
            foreach (var (key, permission) in routes)
            {
                var route = key[(key.IndexOf(' ') + 1)..];
                var expected = service == FulfillmentService.SpApiSimulator ? ExpectedPermissions.OfSimulator(key[..key.IndexOf(' ')], route)
                    : ExpectedPermissions.IsPage(route) ? (permission == ExpectedPermissions.Anonymous ? ExpectedPermissions.Anonymous : ExpectedPermissions.Read)
                    : ExpectedPermissions.Of(service).GetValueOrDefault(key, "not in the table");
                if (expected != permission)
                {
                    differences.Add($"{service} {key}: requires {permission}, the table says {expected}");
                }
            }

            if (service != FulfillmentService.SpApiSimulator)
            {
                differences.AddRange(ExpectedPermissions.Of(service).Keys.Except(routes.Select(route => route.Key))
                    .Select(missing => $"{service} {missing}: in the table, not served"));
            }
        }

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public async Task Given_every_endpoint_When_called_by_each_identity_Then_401_403_or_admitted_exactly_as_the_table_says()
    {
        var wrong = new List<string>();
        var calls = 0;
        foreach (var service in Services)
        {
            foreach (var endpoint in await EndpointsOfAsync(service))
            {
                var permission = Permission(endpoint);
                if (permission == ExpectedPermissions.Anonymous || ExpectedPermissions.IsPage(endpoint.Route) && service == FulfillmentService.OrderImport)
                {
                    continue;
                }

                foreach (var method in endpoint.Methods)
                {
                    foreach (var (caller, token) in _tokens)
                    {
                        var status = await CallAsync(service, method, endpoint.Route, token);
                        calls++;
                        var expected = Unauthenticated.Contains(caller) ? "401"
                            : ExpectedPermissions.HeldBy(caller).Contains(permission) ? "admitted" : "403";
                        var got = status switch
                        {
                            HttpStatusCode.Unauthorized => "401",
                            HttpStatusCode.Forbidden => "403",
                            _ => "admitted",
                        };
                        if (got != expected)
                        {
                            wrong.Add($"{service} {method} {endpoint.Route} as {caller}: {(int)status}, expected {expected}");
                        }
                    }
                }
            }
        }

        TestContext.Out.WriteLine($"{calls} calls to {Services.Length} services as {_tokens.Count} callers");
        Assert.Multiple(() =>
        {
            Assert.That(calls, Is.GreaterThan(500), "calls made");
            Assert.That(wrong, Is.Empty);
        });
    }

    [Test]
    public async Task Given_an_anonymous_caller_When_it_asks_for_health_Then_it_gets_statuses_only_and_a_reader_gets_what_each_check_says()
    {
        var service = _system[FulfillmentService.CommerceOrder];
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, new Uri(service.BaseAddress, "health"));
        using var signedIn = new HttpRequestMessage(HttpMethod.Get, new Uri(service.BaseAddress, "health"));
        signedIn.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens["viewer"]);

        var forAnyone = await (await Bare.SendAsync(anonymous)).Content.ReadFromJsonAsync<JsonElement>();
        var forReader = await (await Bare.SendAsync(signedIn)).Content.ReadFromJsonAsync<JsonElement>();

        static IEnumerable<string?> Descriptions(JsonElement health) => health.GetProperty("checks").EnumerateObject()
            .Select(check => check.Value.TryGetProperty("description", out var description) ? description.GetString() : null);
        Assert.Multiple(() =>
        {
            Assert.That(forAnyone.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(Descriptions(forAnyone).Where(description => description is not null), Is.Empty);
            Assert.That(Descriptions(forReader).Where(description => description is not null), Is.Not.Empty);
        });
    }

    private static readonly HttpClient Bare = new(new HttpClientHandler { AllowAutoRedirect = false });

    private async Task<HttpStatusCode> CallAsync(FulfillmentService service, string method, string route, string? token)
    {
        var path = RouteParameter().Replace(route, parameter =>
            parameter.Value.Contains(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "security-suite-1");
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_system[service].BaseAddress, path.TrimStart('/')));
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Bare.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<IReadOnlyList<ListedEndpoint>> EndpointsOfAsync(FulfillmentService service)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_system[service].BaseAddress, "admin/endpoints"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _tokens["admin"]);
        using var response = await Bare.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{service} lists its endpoints to an admin");
        return (await response.Content.ReadFromJsonAsync<List<ListedEndpoint>>())!;
    }

    private static string Permission(ListedEndpoint endpoint) =>
        endpoint.Anonymous ? ExpectedPermissions.Anonymous : endpoint.Permission ?? "none";

    private static IEnumerable<string> Keys(ListedEndpoint endpoint) =>
        endpoint.Methods.Count == 0 ? [$"* {endpoint.Route}"] : endpoint.Methods.Select(method => $"{method} {endpoint.Route}");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    private sealed record ListedEndpoint(string Route, IReadOnlyList<string> Methods, string? Permission, bool Anonymous);
}
