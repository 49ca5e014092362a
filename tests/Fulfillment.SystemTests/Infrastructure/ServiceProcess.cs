using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// A service running as its own process on a free loopback port, as the launcher runs it. It can be stopped
/// gracefully (SIGTERM), killed (SIGKILL) and started again with the same database, broker and port.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 300;

    /// <summary>How much of everything the process wrote is kept for a test that scans it (e.g. for secrets).</summary>
    private const int WholeOutputCharactersKept = 16 * 1024 * 1024;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly System.Text.StringBuilder _wholeOutput = new();
    private Process? _process;

    public ServiceProcess(FulfillmentService service, IReadOnlyDictionary<string, string> environment)
    {
        Service = service;
        BaseAddress = new Uri($"http://127.0.0.1:{LoopbackPorts.Next()}/");
        _environment = environment;
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public FulfillmentService Service { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    /// <summary>Everything the process wrote since it was first started, across restarts (up to 16 M characters).</summary>
    public string WholeOutput
    {
        get
        {
            lock (_wholeOutput)
            {
                return _wholeOutput.ToString();
            }
        }
    }

    /// <summary>True once the process has ended (or was never started).</summary>
    public bool HasExited => _process is not { HasExited: false };

    public async Task StartAsync()
    {
        if (!File.Exists(Service.AssemblyPath))
        {
            throw new InvalidOperationException($"{Service.AssemblyPath} is missing: build Fulfillment.sln first.");
        }

        var startInfo = new ProcessStartInfo("dotnet", [Service.AssemblyPath])
        {
            WorkingDirectory = Path.GetDirectoryName(Service.AssemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // Every SP-API request logs four lines at Information; they would push what explains a failure out of the
        // lines kept.
        startInfo.Environment["Logging__LogLevel__System.Net.Http.HttpClient"] = "Warning";
        foreach (var (key, value) in _environment)
        {
            startInfo.Environment[key] = value;
        }

        _output.Clear();
        _process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{Service} did not start.");
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync(_process);
    }

    /// <summary>SIGTERM: the host finishes the messages it is handling and stops.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using (var terminate = Process.Start("kill", ["-TERM", process.Id.ToString()]))
        {
            await terminate.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>SIGKILL: the process ends at once, as in a crash or a lost machine.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Http.Dispose();
    }

    private async Task WaitUntilHealthyAsync(Process process)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"{Service} exited with code {process.ExitCode} while starting:{Environment.NewLine}{RecentOutput}");
            }

            try
            {
                using var response = await Http.GetAsync("health");
                // Healthy, and answered by this process: one that could not bind its port has exited by now.
                if (response.StatusCode == HttpStatusCode.OK && !process.HasExited)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Service} was not healthy after {StartTimeout}:{Environment.NewLine}{RecentOutput}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        lock (_wholeOutput)
        {
            if (_wholeOutput.Length < WholeOutputCharactersKept)
            {
                _wholeOutput.AppendLine(line);
            }
        }

        while (_output.Count > OutputLinesKept && _output.TryDequeue(out _))
        {
        }
    }
}
