namespace Fulfillment.SpApiSimulator.Demo;

/// <summary>
/// The demo's buyers (section <c>SpApiSimulator:Demo</c>): when enabled, the simulator places an order for
/// <see cref="SellerId"/> every <see cref="Interval"/> and moves it through Amazon's statuses by itself, so that a
/// newcomer sees orders travel through the whole workflow. Off unless configured; the local launcher turns it on.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "SpApiSimulator:Demo";

    public bool Enabled { get; set; }

    public string SellerId { get; set; } = "";

    public string MarketplaceId { get; set; } = "ATVPDKIKX0DER";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long after it is placed Amazon verifies the payment (Pending → Unshipped).</summary>
    public TimeSpan VerifyAfter { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>How long after verification Amazon ships an FBA order.</summary>
    public TimeSpan ShipFbaAfter { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Share of orders fulfilled by Amazon; the rest are merchant-fulfilled.</summary>
    public double FbaShare { get; set; } = 0.2;

    /// <summary>Share of orders the buyer cancels before Amazon verifies them.</summary>
    public double CancelShare { get; set; } = 0.1;

    /// <summary>A fixed seed gives the same sequence of orders on every start.</summary>
    public int Seed { get; set; } = 20261126;

    public List<DemoProduct> Products { get; set; } = [];

    /// <summary>At most this many orders; 0 places them for as long as the simulator runs.</summary>
    public int MaxOrders { get; set; }
}

public sealed class DemoProduct
{
    public string Sku { get; set; } = "";

    public string Title { get; set; } = "";

    public decimal UnitPrice { get; set; }
}
