using System.Security.Claims;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.Operations.Tests.Security;

/// <summary>
/// Who holds which permission (docs/security.md): people by their roles, machines by their scopes, and a person's
/// scopes never count, so asking the provider for a scope cannot widen a person's roles.
/// </summary>
public sealed class PermissionPoliciesTests
{
    private const string RoleClaim = "role";

    [TestCase(PeopleRoles.Viewer, Permissions.ReadOrders, true)]
    [TestCase(PeopleRoles.Viewer, Permissions.ReadBuyerData, false)]
    [TestCase(PeopleRoles.Viewer, Permissions.ActOnOrders, false)]
    [TestCase(PeopleRoles.Viewer, Permissions.ShipCommerceOrders, false)]
    [TestCase(PeopleRoles.Operator, Permissions.ActOnOrders, true)]
    [TestCase(PeopleRoles.Operator, Permissions.ReadBuyerData, true)]
    [TestCase(PeopleRoles.Operator, Permissions.ShipCommerceOrders, true)]
    [TestCase(PeopleRoles.Operator, Permissions.MaintainCatalog, false)]
    [TestCase(PeopleRoles.Operator, Permissions.Administer, false)]
    [TestCase(PeopleRoles.Admin, Permissions.Administer, true)]
    [TestCase(PeopleRoles.Admin, Permissions.MaintainCatalog, true)]
    [TestCase(PeopleRoles.BuyerData, Permissions.ReadBuyerData, true)]
    [TestCase(PeopleRoles.BuyerData, Permissions.ReadOrders, false)]
    [TestCase("auditor", Permissions.ReadOrders, false)]
    public void Given_a_person_with_one_role_When_a_permission_is_checked_Then_the_role_decides(
        string role, string permission, bool holds)
    {
        var person = Person("alice", [role]);

        Assert.That(PermissionPolicies.Holds(person, permission, RoleClaim), Is.EqualTo(holds));
    }

    [Test]
    public void Given_a_person_whose_token_names_the_admin_scope_When_checked_Then_the_scope_does_not_count()
    {
        var person = Person("alice", [PeopleRoles.Viewer], scope: $"openid {Permissions.Administer}");

        Assert.That(PermissionPolicies.Holds(person, Permissions.Administer, RoleClaim), Is.False);
    }

    [Test]
    public void Given_a_machine_When_checked_Then_its_scopes_decide_and_roles_it_claims_do_not()
    {
        var erp = Machine("erp", $"{Permissions.ShipCommerceOrders} {Permissions.ReadOrders}", roles: [PeopleRoles.Admin]);

        Assert.Multiple(() =>
        {
            Assert.That(PermissionPolicies.Holds(erp, Permissions.ShipCommerceOrders, RoleClaim), Is.True);
            Assert.That(PermissionPolicies.Holds(erp, Permissions.ReadOrders, RoleClaim), Is.True);
            Assert.That(PermissionPolicies.Holds(erp, Permissions.Administer, RoleClaim), Is.False);
            Assert.That(PermissionPolicies.Holds(erp, Permissions.ActOnOrders, RoleClaim), Is.False);
        });
    }

    [Test]
    public void Given_a_role_claim_of_another_name_When_configured_Then_roles_are_read_from_it()
    {
        var person = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "u1"), new Claim("client_id", "page"), new Claim("groups", PeopleRoles.Operator)], "test"));

        Assert.Multiple(() =>
        {
            Assert.That(PermissionPolicies.Holds(person, Permissions.ActOnOrders, "groups"), Is.True);
            Assert.That(PermissionPolicies.Holds(person, Permissions.ActOnOrders, RoleClaim), Is.False);
        });
    }

    [Test]
    public void Given_an_anonymous_caller_When_checked_Then_it_holds_nothing()
    {
        Assert.That(Permissions.All.Any(permission => PermissionPolicies.Holds(new ClaimsPrincipal(new ClaimsIdentity()), permission, RoleClaim)),
            Is.False);
    }

    [Test]
    public void Given_callers_When_described_for_the_audit_Then_people_by_name_and_machines_by_client_id()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CallerClaims.Describe(Person("alice", [PeopleRoles.Operator])), Is.EqualTo("person:alice"));
            Assert.That(CallerClaims.Describe(Machine("erp", Permissions.ShipCommerceOrders)), Is.EqualTo("machine:erp"));
            Assert.That(CallerClaims.Describe(new ClaimsPrincipal(new ClaimsIdentity())), Is.Null);
            Assert.That(CallerClaims.Requester(Person("alice", []), "ops@example.com"), Is.EqualTo("person:alice for ops@example.com"));
            Assert.That(CallerClaims.Requester(Person("alice", []), null), Is.EqualTo("person:alice"));
        });
    }

    private static ClaimsPrincipal Person(string name, string[] roles, string scope = "openid profile roles") =>
        new(new ClaimsIdentity(
            [
                new Claim("sub", $"user-{name}"), new Claim("name", name), new Claim("client_id", "operators-page"),
                new Claim("scope", scope), .. roles.Select(role => new Claim(RoleClaim, role)),
            ],
            "test"));

    private static ClaimsPrincipal Machine(string clientId, string scope, string[]? roles = null) =>
        new(new ClaimsIdentity(
            [
                new Claim("sub", clientId), new Claim("client_id", clientId), new Claim("scope", scope),
                .. (roles ?? []).Select(role => new Claim(RoleClaim, role)),
            ],
            "test"));
}
