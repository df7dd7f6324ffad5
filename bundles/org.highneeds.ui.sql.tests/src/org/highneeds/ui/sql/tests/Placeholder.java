package org.highneeds.ui.sql.tests;

class Placeholder {
}
