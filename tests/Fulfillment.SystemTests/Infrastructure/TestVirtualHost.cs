using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>A RabbitMQ virtual host of its own for one test fixture, so queues and messages never leak between tests.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(string name, HttpClient management)
    {
        Name = name;
        _management = management;
    }

    public string Name { get; }

    public static async Task<TestVirtualHost> CreateAsync(string name)
    {
        var management = new HttpClient
        {
            BaseAddress = new Uri($"http://{TestInfrastructure.RabbitMqHost}:{TestInfrastructure.RabbitMqManagementPort}/api/"),
        };
        var credentials = Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{TestInfrastructure.RabbitMqUsername}:{TestInfrastructure.RabbitMqPassword}"));
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);

        var vhost = Uri.EscapeDataString(name);
        (await management.PutAsync($"vhosts/{vhost}", null)).EnsureSuccessStatusCode();
        var permissions = new { configure = ".*", write = ".*", read = ".*" };
        var user = Uri.EscapeDataString(TestInfrastructure.RabbitMqUsername);
        (await management.PutAsJsonAsync($"permissions/{vhost}/{user}", permissions)).EnsureSuccessStatusCode();
        return new TestVirtualHost(name, management);
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteAsync($"vhosts/{Uri.EscapeDataString(Name)}");
        _management.Dispose();
    }
}
