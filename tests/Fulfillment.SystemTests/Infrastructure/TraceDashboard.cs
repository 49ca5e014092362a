using System.Diagnostics;
using System.Text.Json;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// The trace dashboard the launcher runs (the standalone Aspire dashboard), started on free loopback ports for one
/// test system: the services export OTLP to it, and the test reads what it received from its telemetry API
/// (<c>/api/telemetry/traces</c>, <c>/api/telemetry/logs</c>: OTLP's JSON shapes).
/// </summary>
public sealed class TraceDashboard : IAsyncDisposable
{
    private const string Version = "13.6.5";

    private readonly Process _process;

    private TraceDashboard(Process process, int uiPort, int otlpGrpcPort)
    {
        _process = process;
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{uiPort}/") };
        OtlpEndpoint = new Uri($"http://127.0.0.1:{otlpGrpcPort}");
    }

    public HttpClient Api { get; }

    public Uri OtlpEndpoint { get; }

    /// <summary>What every service is given to export to this dashboard, with short export delays for the test.</summary>
    public IReadOnlyDictionary<string, string> ServiceSettings => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = OtlpEndpoint.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "500",
    };

    public static async Task<TraceDashboard> StartAsync()
    {
        var executable = FindExecutable();
        int uiPort = LoopbackPorts.Next(), grpcPort = LoopbackPorts.Next(), httpPort = LoopbackPorts.Next();
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = Path.GetDirectoryName(executable)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{uiPort}";
        startInfo.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{grpcPort}";
        startInfo.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{httpPort}";
        startInfo.Environment["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";
        // Polling every 200 ms makes many small traces; the order's must not be pushed out while the test runs.
        startInfo.Environment["Dashboard__TelemetryLimits__MaxTraceCount"] = "1000000";
        startInfo.Environment["Dashboard__TelemetryLimits__MaxLogCount"] = "1000000";
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{executable} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var dashboard = new TraceDashboard(process, uiPort, grpcPort);
        await Eventually.GetAsync(async () =>
        {
            try
            {
                using var response = await dashboard.Api.GetAsync("api/telemetry/resources");
                return response.IsSuccessStatusCode ? "up" : null;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }, TimeSpan.FromSeconds(60), "the trace dashboard to answer");
        return dashboard;
    }

    /// <summary>Every span the dashboard holds, with the service that sent it.</summary>
    public async Task<IReadOnlyList<ExportedSpan>> SpansAsync()
    {
        using var document = JsonDocument.Parse(await Api.GetStringAsync("api/telemetry/traces?limit=1000000"));
        return [.. ExportedSpan.ReadAll(document.RootElement)];
    }

    /// <summary>Every text the dashboard holds for spans and log records: names, attribute values, log bodies.</summary>
    public async Task<IReadOnlyList<string>> AllTextAsync()
    {
        var texts = new List<string>();
        foreach (var path in new[] { "api/telemetry/traces?limit=1000000", "api/telemetry/logs?limit=1000000" })
        {
            using var document = JsonDocument.Parse(await Api.GetStringAsync(path));
            CollectStrings(document.RootElement, texts);
        }

        return texts;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Api.Dispose();
    }

    private static void CollectStrings(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CollectStrings(property.Value, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectStrings(item, texts);
                }

                break;
        }
    }

    /// <summary>
    /// FULFILLMENT_TEST_DASHBOARD (the launcher's <c>test</c> sets it), else the package the launcher installs into
    /// the NuGet package folder.
    /// </summary>
    private static string FindExecutable()
    {
        if (Environment.GetEnvironmentVariable("FULFILLMENT_TEST_DASHBOARD") is { Length: > 0 } configured)
        {
            return configured;
        }

        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var executable = Path.Combine(packages, "aspire.dashboard.sdk.linux-x64", Version, "tools", "Aspire.Dashboard");
        return File.Exists(executable)
            ? executable
            : throw new InvalidOperationException(
                $"The trace dashboard is not installed ({executable}): run the tests through deploy/local/fulfillment test.");
    }
}
