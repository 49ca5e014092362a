namespace Fulfillment.SystemTests.TrackingSync;

/// <summary>
/// A test of this folder: no fault of an earlier test is left armed at the simulator, and when it fails the services'
/// recent output is shown with it.
/// </summary>
public abstract class TrackingSyncTest
{
    [SetUp]
    public async Task DisarmFaults() => (await TrackingSyncSystem.Simulator.DeleteAsync("simulator/faults")).EnsureSuccessStatusCode();

    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(TrackingSyncSystem.Running.RecentOutput);
        }
    }
}
