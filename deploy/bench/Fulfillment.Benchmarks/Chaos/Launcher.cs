using System.Diagnostics;

namespace Fulfillment.Benchmarks.Chaos;

/// <summary>
/// The local launcher's own start and stop of the system's parts (<c>deploy/local/fulfillment chaos-step ...</c>):
/// the suite restarts what it broke exactly as <c>up</c> would start it, with the benchmark's settings.
/// </summary>
public sealed class Launcher(string path)
{
    /// <summary>Runs one step; the launcher's output is returned for the report.</summary>
    public async Task<(bool Succeeded, string Output)> StepAsync(CancellationToken cancellationToken, params string[] step)
    {
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("chaos-step");
        foreach (var argument in step)
        {
            start.ArgumentList.Add(argument);
        }

        // A service started again must get the benchmark's settings, as the rest of the running system has them.
        start.Environment["FULFILLMENT_BENCH"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var text = (await output + await errors).Trim();
        return (process.ExitCode == 0, text);
    }
}

/// <summary>A service's process as the launcher recorded it in its pid file.</summary>
public sealed record ServiceProcess(string Name, string Folder)
{
    public static readonly IReadOnlyList<ServiceProcess> All =
    [
        new("order-import", "OrderImport"),
        new("customer-provisioning", "CustomerProvisioning"),
        new("commerce-order", "CommerceOrder"),
        new("tracking-sync", "TrackingSync"),
    ];

    /// <summary>The live dotnet process of this service, or null (the pid file names no such process).</summary>
    public int? LivePid(string pidsDirectory)
    {
        var file = Path.Combine(pidsDirectory, $"{Name}.pid");
        if (!File.Exists(file) || !int.TryParse(File.ReadAllText(file).Trim(), out var pid))
        {
            return null;
        }

        try
        {
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            var state = File.ReadAllLines($"/proc/{pid}/status").FirstOrDefault(line => line.StartsWith("State:", StringComparison.Ordinal)) ?? "";
            return commandLine.Contains($"Fulfillment.{Folder}.dll", StringComparison.Ordinal) && !state.Contains('Z') ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
