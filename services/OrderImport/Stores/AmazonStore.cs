using Fulfillment.OrderImport.Backfill;
using Fulfillment.OrderImport.Polling;

namespace Fulfillment.OrderImport.Stores;

/// <summary>
/// One seller account in one marketplace, bound to a Commerce website. The LWA credentials are not part of it:
/// <see cref="CredentialsName"/> names the configuration entry that holds them.
/// </summary>
public sealed record AmazonStoreConnected(
    string StoreId,
    string SellerId,
    string MarketplaceId,
    Uri SpApiEndpoint,
    string CredentialsName,
    string WebsiteCode,
    OrderSettings Settings,
    DateTimeOffset ConnectedAt);

/// <summary>New order settings; <see cref="SettingsVersion"/> counts every settings change of the store, from 1.</summary>
public sealed record OrderSettingsChanged(
    string StoreId,
    OrderSettings Settings,
    int SettingsVersion,
    DateTimeOffset ChangedAt);

/// <summary>A backfill an operator asked for that has neither completed nor failed yet.</summary>
public sealed record OpenOrdersBackfill(Guid BackfillId, DateTimeOffset From, DateTimeOffset To, bool Started);

public sealed partial record AmazonStore(
    string Id,
    string SellerId,
    string MarketplaceId,
    Uri SpApiEndpoint,
    string CredentialsName,
    string WebsiteCode,
    OrderSettings Settings,
    int SettingsVersion,
    DateTimeOffset ConnectedAt)
{
    public bool IsActive => Settings.State == StoreState.Active;

    public IReadOnlyList<OpenOrdersBackfill> OpenBackfills { get; init; } = [];

    /// <summary>The last time a poll could not start where the watermark asked, Amazon's clock being behind it.</summary>
    public OrderPollingWindowClamped? LastPollingWindowClamp { get; init; }

    public static AmazonStore Create(AmazonStoreConnected connected) => new(
        connected.StoreId,
        connected.SellerId,
        connected.MarketplaceId,
        connected.SpApiEndpoint,
        connected.CredentialsName,
        connected.WebsiteCode,
        connected.Settings,
        SettingsVersion: 1,
        connected.ConnectedAt);

    public AmazonStore Apply(OrderSettingsChanged changed) =>
        this with { Settings = changed.Settings, SettingsVersion = changed.SettingsVersion };

    public AmazonStore Apply(OrdersBackfillRequested requested) => this with
    {
        OpenBackfills = [.. OpenBackfills, new OpenOrdersBackfill(requested.BackfillId, requested.From, requested.To, Started: false)],
    };

    public AmazonStore Apply(OrdersBackfillStarted started) => this with
    {
        OpenBackfills = [.. OpenBackfills.Select(open => open.BackfillId == started.BackfillId ? open with { Started = true } : open)],
    };

    public AmazonStore Apply(OrderPollingWindowClamped clamped) => this with { LastPollingWindowClamp = clamped };

    public AmazonStore Apply(OrdersBackfillCompleted completed) => WithoutBackfill(completed.BackfillId);

    public AmazonStore Apply(OrdersBackfillFailed failed) => WithoutBackfill(failed.BackfillId);

    private AmazonStore WithoutBackfill(Guid backfillId) =>
        this with { OpenBackfills = [.. OpenBackfills.Where(open => open.BackfillId != backfillId)] };
}
