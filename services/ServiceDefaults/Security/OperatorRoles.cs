namespace Fulfillment.ServiceDefaults.Security;

/// <summary>The roles and the authorization policies of the operator endpoints and pages.</summary>
public static class OperatorRoles
{
    public const string Operator = "Operator";
    public const string Viewer = "Viewer";

    /// <summary>Acting: replay, re-publish, re-drive, retry, ship, cancel, settings.</summary>
    public const string ActPolicy = "operators.act";

    /// <summary>Reading: the orders page, timelines, error lists. Operators may read too.</summary>
    public const string ReadPolicy = "operators.read";

    /// <summary>The request header that carries the key (a page may use the cookie of the same name instead).</summary>
    public const string KeyHeader = "X-Operator-Key";

    public const string KeyCookie = "fulfillment-operator-key";
}
