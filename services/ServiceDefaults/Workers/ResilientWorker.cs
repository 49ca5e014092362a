using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fulfillment.ServiceDefaults.Workers;

/// <summary>
/// A background loop that outlives an outage of what it depends on (PostgreSQL, RabbitMQ, Amazon): a round that
/// fails is logged, reported on <c>/health</c> (<see cref="WorkerHealth"/>) and tried again after a growing pause
/// (<see cref="RetryPause"/>); the first round that succeeds clears the report. No exception leaves the loop but
/// the host's stop, so a dependency's outage never stops the service.
/// </summary>
/// <param name="health">Where failures are reported; null for work nothing waits for (a gauge): logged only.</param>
public abstract class ResilientWorker(WorkerHealth? health, ILogger logger) : BackgroundService
{
    private bool _finished;

    /// <summary>Where this worker reports what fails, also for parts of a round (one store of many).</summary>
    protected WorkerHealth? Health { get; } = health;

    /// <summary>The name <c>/health</c> and the logs give this worker.</summary>
    protected virtual string WorkerName => GetType().Name;

    /// <summary>One round of the work; an exception makes the round be tried again after a pause.</summary>
    protected abstract Task RunRoundAsync(CancellationToken stoppingToken);

    /// <summary>Waits between two rounds that succeeded (an interval, a wake-up signal).</summary>
    protected abstract Task WaitForNextRoundAsync(CancellationToken stoppingToken);

    /// <summary>Ends the loop once the current round succeeds, for work that is done then.</summary>
    protected void Finish() => _finished = true;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                failuresInARow++;
                var pause = RetryPause.After(failuresInARow);
                Health?.Failing(WorkerName, exception);

                logger.LogError(exception, "{Worker} failed ({Failures} in a row); trying again in {Pause}",
                    WorkerName, failuresInARow, pause);
                await Task.Delay(pause, stoppingToken);
                continue;
            }

            if (failuresInARow > 0)
            {
                logger.LogInformation("{Worker} works again after {Failures} failed rounds", WorkerName, failuresInARow);
                failuresInARow = 0;
            }

            Health?.Recovered(WorkerName);
            if (_finished)
            {
                return;
            }

            await WaitForNextRoundAsync(stoppingToken);
        }
    }
}
