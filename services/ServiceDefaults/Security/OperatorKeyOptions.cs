namespace Fulfillment.ServiceDefaults.Security;

/// <summary>
/// The credentials of Fulfillment's people (configuration section <c>Operators</c>, e.g. <c>Operators__OperatorKey</c>):
/// an operator may act (replay, re-drive, retry), a viewer may only read. A key that is not configured admits no one.
/// </summary>
public sealed class OperatorKeyOptions
{
    public const string SectionName = "Operators";

    public string? OperatorKey { get; set; }

    public string? ViewerKey { get; set; }
}
