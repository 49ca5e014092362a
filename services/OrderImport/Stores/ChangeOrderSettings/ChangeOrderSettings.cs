namespace Fulfillment.OrderImport.Stores.ChangeOrderSettings;

public sealed record ChangeOrderSettings(string StoreId, OrderSettings Settings, DateTimeOffset Now);

public static class ChangeOrderSettingsDecider
{
    /// <summary>Every effective change is a new settings version; the same settings again change nothing.</summary>
    public static IReadOnlyList<object> Decide(AmazonStore store, ChangeOrderSettings command) =>
        store.Settings == command.Settings
            ? []
            : [new OrderSettingsChanged(store.Id, command.Settings, store.SettingsVersion + 1, command.Now)];
}
