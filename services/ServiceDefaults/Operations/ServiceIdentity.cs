namespace Fulfillment.ServiceDefaults.Operations;

/// <summary>The name a service was started under (given to AddServiceDefaults), as operators and the timeline see it.</summary>
public sealed record ServiceIdentity(string Name);
