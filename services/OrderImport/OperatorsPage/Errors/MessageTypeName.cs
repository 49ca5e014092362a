namespace Fulfillment.OrderImport.OperatorsPage.Errors;

/// <summary>How the page names a message type: MassTransit's URN without its namespace, as operators know the contracts.</summary>
public static class MessageTypeName
{
    /// <example><c>urn:message:Fulfillment.Contracts.CommerceOrders:CommerceOrderPlaced</c> gives <c>CommerceOrderPlaced</c>.</example>
    public static string Short(string? messageType)
    {
        if (string.IsNullOrWhiteSpace(messageType))
        {
            return "unknown";
        }

        var name = messageType[(messageType.LastIndexOf(':') + 1)..];
        // A type that is not a URN (or ends with its separator) is shown as it came.
        return name.Length == 0 ? messageType : name;
    }
}
