namespace Fulfillment.SystemTests.CustomerProvisioning;

/// <summary>A test of this folder: when it fails, the service's recent output is shown with it.</summary>
public abstract class CustomerProvisioningTest
{
    [TearDown]
    public void ShowServiceOutputOnFailure()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            TestContext.Out.WriteLine(CustomerProvisioningSystem.Running.RecentOutput);
        }
    }
}
