namespace Fulfillment.SystemTests.Infrastructure.Identity;

/// <summary>The people the test provider knows, one per role of docs/security.md, and one with no role at all.</summary>
public static class TestPeople
{
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Admin = "admin";

    /// <summary>A viewer also given <c>buyer-data</c>: reads buyer personal data, acts on nothing.</summary>
    public const string BuyerViewer = "buyer-viewer";

    /// <summary>Signs in, but holds no role: every permission is refused.</summary>
    public const string Nobody = "nobody";

    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [Viewer] = ["viewer"],
        [Operator] = ["operator"],
        [Admin] = ["admin"],
        [BuyerViewer] = ["viewer", "buyer-data"],
        [Nobody] = [],
    };
}
