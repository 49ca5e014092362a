using Fulfillment.ServiceDefaults.Security;
using Fulfillment.SpApiSimulator.Admin.ChangeOrderStatus;
using Fulfillment.SpApiSimulator.Admin.Clock;
using Fulfillment.SpApiSimulator.Admin.Faults;
using Fulfillment.SpApiSimulator.Admin.Feeds;
using Fulfillment.SpApiSimulator.Admin.GetSimulatedOrder;
using Fulfillment.SpApiSimulator.Admin.PlaceOrder;
using Fulfillment.SpApiSimulator.Admin.RequestBuyerCancellation;
using Fulfillment.SpApiSimulator.Admin.Requests;
using Fulfillment.SpApiSimulator.Admin.Reset;

namespace Fulfillment.SpApiSimulator.Admin;

/// <summary>
/// Amazon's own side, driven by tests and the demo: place orders, move them through Amazon's statuses, read what
/// Amazon recorded, count requests, inject faults, move Amazon's clock forward. It stands for Amazon's console, so it
/// takes no Amazon token: it is Fulfillment's admin permission that lets a caller play Amazon (X1).
/// </summary>
public static class SimulatorAdminApi
{
    public static WebApplication MapSimulatorAdminApi(this WebApplication app)
    {
        app.MapGroup("/simulator")
            .WithTags("Simulator admin")
            .RequireAuthorization(Permissions.Administer)
            .MapPlaceOrder()
            .MapGetSimulatedOrders()
            .MapChangeOrderStatus()
            .MapRequestBuyerCancellation()
            .MapReceivedFeeds()
            .MapRequestCounters()
            .MapFaults()
            .MapClock()
            .MapReset();
        return app;
    }
}
