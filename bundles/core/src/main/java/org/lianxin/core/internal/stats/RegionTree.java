package org.lianxin.core.internal.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lianxin.api.NotFoundException;

/** A region and every region under it, read in one query, to fold per-region counts into the breakdown rows. */
final class RegionTree {
    record Node(long id, String code, String name, String level, String path) {}

    final Node root;
    final Map<Long, Node> nodes;

    private RegionTree(Node root, Map<Long, Node> nodes) {
        this.root = root;
        this.nodes = nodes;
    }

    static RegionTree load(Connection c, long regionId) throws SQLException {
        Node root = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, CODE, NAME, REGION_LEVEL, PATH FROM LX_REGION WHERE ID = ?")) {
            ps.setLong(1, regionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    root = node(rs);
                }
            }
        }
        if (root == null) {
            throw new NotFoundException("region", regionId);
        }
        Map<Long, Node> nodes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ID, CODE, NAME, REGION_LEVEL, PATH FROM LX_REGION WHERE PATH LIKE ? ORDER BY ID")) {
            ps.setString(1, root.path() + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Node n = node(rs);
                    nodes.put(n.id(), n);
                }
            }
        }
        return new RegionTree(root, nodes);
    }

    private static Node node(ResultSet rs) throws SQLException {
        return new Node(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    /** The root's child whose subtree holds {@code regionId}; the root itself for its own items. */
    Node childOfRootHolding(long regionId) {
        Node n = nodes.get(regionId);
        if (n == null || n.id() == root.id()) {
            return root;
        }
        String rest = n.path().substring(root.path().length());
        long childId = Long.parseLong(rest.substring(0, rest.indexOf('/')));
        return nodes.getOrDefault(childId, root);
    }
}
