using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.OrdersView;
using Fulfillment.OrderImport.Polling;
using Fulfillment.OrderImport.Stores;
using JasperFx.Events.Projections;
using Marten;

namespace Fulfillment.OrderImport;

/// <summary>
/// OrderImport's own part of its Marten store, on top of <c>FulfillmentStoreOptions</c>: its schema, the inline
/// projections and its documents. Public so that the replay benchmark projects the same events the same way.
/// </summary>
public static class OrderImportStore
{
    public const string Schema = "order_import";

    public static void Configure(StoreOptions options)
    {
        options.DatabaseSchemaName = Schema;
        options.Projections.Snapshot<AmazonStore>(SnapshotLifecycle.Inline);
        options.Projections.Add<OrderSummaryProjection>(ProjectionLifecycle.Inline, OrderSummaryProjection.RebuildInLargeBatches);
        options.Schema.For<OrderSummary>()
            .Index(summary => summary.PurchaseDate)
            .Index(summary => summary.ChannelStatus)
            .Index(summary => summary.StoreId);
        options.Schema.For<BuyerPersonalData>();
        options.Schema.For<OrderImportProblem>().Index(problem => problem.StoreId);
        options.Schema.For<OrderPollWatermark>();
        options.Schema.For<OperatorsPage.SignIn.PageSession>().Index(session => session.ExpiresAt);
    }
}
