package org.safecase.workflow.admin;

import org.flowable.common.engine.impl.de.odysseus.el.tree.Node;
import org.flowable.common.engine.impl.de.odysseus.el.tree.TreeBuilderException;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.Builder;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstBinary;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstBoolean;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstDot;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstEval;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstFunction;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstIdentifier;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstMethod;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstNested;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstProperty;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstString;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstUnary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One expression of a model ({@code ${...}} or {@code #{...}}, alone or inside text), read with the
 * engine's own expression parser: the plain names it reads (variables or beans), the methods it
 * calls on a plain name with the first argument when it is a literal text, and whether it does
 * anything else a model may not do (read a property, index, call a function, call a method on
 * something other than a plain name). Nothing is evaluated.
 */
final class ExpressionReading {
    /** A method called on a plain name: {@code execution.setVariable('x', true)}, {@code policeRules.require...(task)}. */
    record Call(String target, String method, Optional<String> firstText) {
    }

    private final List<String> names = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private boolean refused;
    private final Node root;

    private ExpressionReading(Node root) {
        this.root = root;
        visit(root);
    }

    /** The reading, or empty when the text is not an expression the engine can parse. */
    static Optional<ExpressionReading> of(String text) {
        try {
            return Optional.of(new ExpressionReading(
                    new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(text).getRoot()));
        } catch (TreeBuilderException e) {
            return Optional.empty();
        }
    }

    /** Whether the text holds an expression at all. */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Plain names read as values (not the targets of calls). */
    List<String> names() {
        return names;
    }

    List<Call> calls() {
        return calls;
    }

    /** Whether it reads a property, indexes, calls a function or calls a method on anything but a plain name. */
    boolean refused() {
        return refused;
    }

    /**
     * Whether the expression can only be true when {@code name} is: the name is read, and never under
     * a "not" or compared with a yes/no literal that turns it round ({@code == false}, {@code != true}).
     */
    boolean readsAsTrue(String name) {
        return names.contains(name) && !turnedRound(root, name, false);
    }

    /** Whether {@code name} is read under an odd number of negations, or inside a comparison with anything but a yes/no literal. */
    private static boolean turnedRound(Node node, String name, boolean negated) {
        if (node instanceof AstIdentifier id) {
            return negated && id.getName().equals(name);
        }
        boolean childrenNegated = negated;
        if (node instanceof AstUnary unary && unary.getOperator() == AstUnary.NOT) {
            childrenNegated = !negated;
        } else if (node instanceof AstBinary binary
                && (binary.getOperator() == AstBinary.EQ || binary.getOperator() == AstBinary.NE)) {
            boolean withTrue = isLiteral(binary, true);
            if (!withTrue && !isLiteral(binary, false)) {
                return mentions(node, name);
            }
            boolean flips = (binary.getOperator() == AstBinary.EQ) != withTrue;
            childrenNegated = flips != negated;
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            if (turnedRound(node.getChild(i), name, childrenNegated)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Node node, String name) {
        if (node instanceof AstIdentifier id && id.getName().equals(name)) {
            return true;
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            if (mentions(node.getChild(i), name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the expression is nothing but these names joined by "and" and "or"
     * ({@code ${referralInProgress || referralsRecorded}}): true only when one of them is.
     */
    boolean isOnlyNames(Set<String> allowed) {
        return root instanceof AstEval eval && onlyNames(eval.getChild(0), allowed);
    }

    private static boolean onlyNames(Node node, Set<String> allowed) {
        if (node instanceof AstIdentifier id) {
            return allowed.contains(id.getName());
        }
        if (node instanceof AstNested nested) {
            return onlyNames(nested.getChild(0), allowed);
        }
        return node instanceof AstBinary binary && (binary.getOperator() == AstBinary.AND || binary.getOperator() == AstBinary.OR)
                && onlyNames(binary.getChild(0), allowed) && onlyNames(binary.getChild(1), allowed);
    }

    private static boolean isLiteral(AstBinary binary, boolean value) {
        for (int i = 0; i < binary.getCardinality(); i++) {
            if (binary.getChild(i) instanceof AstBoolean literal && Boolean.valueOf(value).equals(literal.eval(null, null))) {
                return true;
            }
        }
        return false;
    }

    private void visit(Node node) {
        if (node instanceof AstMethod method) {
            AstProperty property = (AstProperty) method.getChild(0);
            Node target = property.getChild(0);
            Node parameters = method.getChild(1);
            if (property instanceof AstDot dot && target instanceof AstIdentifier name) {
                calls.add(new Call(name.getName(), propertyName(dot), firstText(parameters)));
            } else {
                refused = true;
                visit(target);
            }
            visit(parameters);
            return;
        }
        if (node instanceof AstProperty || node instanceof AstFunction) {
            refused = true;
        }
        if (node instanceof AstIdentifier name) {
            names.add(name.getName());
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            visit(node.getChild(i));
        }
    }

    /** The parser shows a property as {@code ". name"}. */
    private static String propertyName(AstDot dot) {
        String shown = dot.toString();
        return shown.startsWith(". ") ? shown.substring(2) : shown;
    }

    private static Optional<String> firstText(Node parameters) {
        return parameters.getCardinality() > 0 && parameters.getChild(0) instanceof AstString text
                ? Optional.of((String) text.eval(null, null)) : Optional.empty();
    }
}
